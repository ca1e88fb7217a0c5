import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../decode/decode-error';
import { declaredCharset, decodeHtml } from './html-decode';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));
/** 中文 in GBK and in UTF-8. */
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
const UTF8_ZHONGWEN = [0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87];

describe('declaredCharset', () => {
  it('reads <meta charset>, http-equiv content and the XML declaration', () => {
    expect(declaredCharset(bytes('<meta charset="GBK">'))).toEqual({ kind: 'known', label: 'gbk', encoding: 'gb18030' });
    expect(declaredCharset(bytes("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gb2312'>"))).toEqual({
      kind: 'known',
      label: 'gb2312',
      encoding: 'gb18030',
    });
    expect(declaredCharset(bytes('<meta charset=utf-8 />'))).toEqual({ kind: 'known', label: 'utf-8', encoding: 'utf-8' });
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="GB18030"?><html>'))).toMatchObject({ encoding: 'gb18030' });
  });

  it('ignores declarations in comments, outside <meta>, or past the first 2 KB', () => {
    expect(declaredCharset(bytes('<!-- <meta charset="gbk"> --><p>charset=gbk</p>'))).toBeNull();
    expect(declaredCharset(bytes(' '.repeat(2048), '<meta charset="gbk">'))).toBeNull();
  });

  it('reports labels it cannot read as unknown, and reads a UTF-16 label as UTF-8, as browsers do', () => {
    expect(declaredCharset(bytes('<meta charset="big5">'))).toEqual({ kind: 'unknown', label: 'big5' });
    expect(declaredCharset(bytes('<meta charset="utf-16">'))).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('decodeHtml', () => {
  it('honours a gbk declaration', () => {
    expect(decodeHtml(bytes('<meta charset="gbk"><p>', GBK_ZHONGWEN))).toEqual({
      text: '<meta charset="gbk"><p>中文',
      encoding: 'gb18030',
      warnings: [],
    });
  });

  it('honours a gbk declaration on a page of plain ASCII', () => {
    expect(decodeHtml(bytes('<meta charset="gbk"><p>2023</p>')).encoding).toBe('gb18030');
  });

  it('lets a byte order mark override the declaration', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk"><p>', UTF8_ZHONGWEN))).toEqual({
      text: '<meta charset="gbk"><p>中文',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('reads a page re-saved as UTF-8 under a stale gbk declaration as UTF-8, and says so', () => {
    const decoded = decodeHtml(bytes('<meta charset="gbk"><p>', UTF8_ZHONGWEN));
    expect(decoded.text).toBe('<meta charset="gbk"><p>中文');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(['The page declares the encoding "gbk", but its bytes are UTF-8; it was read as UTF-8.']);
  });

  it('reads GBK bytes under a utf-8 declaration as GB18030, and says so', () => {
    const decoded = decodeHtml(bytes('<meta charset="utf-8"><p>', GBK_ZHONGWEN));
    expect(decoded).toMatchObject({ text: '<meta charset="utf-8"><p>中文', encoding: 'gb18030' });
    expect(decoded.warnings).toHaveLength(1);
  });

  it('detects the encoding under a label it cannot read, and says so', () => {
    const decoded = decodeHtml(bytes('<meta charset="iso-8859-1"><p>', GBK_ZHONGWEN));
    expect(decoded).toMatchObject({ text: '<meta charset="iso-8859-1"><p>中文', encoding: 'gb18030' });
    expect(decoded.warnings).toEqual(['The page declares the encoding "iso-8859-1", which is not read here; it was read as GB18030.']);
  });

  it('throws a DecodeError for bytes no encoding reads, for NUL bytes and for empty files', () => {
    const invalid = (): unknown => decodeHtml(bytes('<meta charset="gbk"><p>', GBK_ZHONGWEN, [0xff]));
    expect(invalid).toThrow(DecodeError);
    expect(invalid).toThrow(/offset 27/);
    expect(() => decodeHtml(bytes('<meta charset="gbk"><p>', [0x00]))).toThrow(expect.objectContaining({ code: 'binary' }));
    expect(() => decodeHtml(bytes('  \n'))).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
