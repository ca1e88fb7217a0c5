import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { decodeText } from './decode-text';
import { DecodeError } from './decode-error';
import { encodeGb18030 } from '../fixtures/gb18030-encoder';
import { TOWNSHIP_REPORT_GB18030_HEX, TOWNSHIP_REPORT_GB18030_TEXT } from '../fixtures/township-report-gb18030';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

/** UTF-16 code units of `text` as bytes in the given byte order. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    out.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(out);
}

/** The DecodeError `decodeText` throws for `input`. */
function decodeError(input: Uint8Array): DecodeError {
  try {
    decodeText(input);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeText', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('政府工作报告\n各位代表：'))).toEqual({ text: '政府工作报告\n各位代表：', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte order mark and strips the mark', () => {
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8('政府工作报告')))).toEqual({
      text: '政府工作报告',
      encoding: 'utf-8',
    });
  });

  it('keeps a second U+FEFF after the byte order mark: it is in the file', () => {
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8('\uFEFF报告'))).text).toBe('\uFEFF报告');
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodeText(utf8('Report 2023\n'))).toEqual({ text: 'Report 2023\n', encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE with byte order marks, surrogate pairs included', () => {
    const text = '白鹭镇𠮷祥村\n报告';
    expect(decodeText(concat(bytes(0xff, 0xfe), utf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(concat(bytes(0xfe, 0xff), utf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads GBK two-byte and GB18030 four-byte sequences', () => {
    // 中文 in GBK, then U+0080 as the four-byte sequence 81 30 81 30.
    expect(decodeText(bytes(0xd6, 0xd0, 0xce, 0xc4, 0x81, 0x30, 0x81, 0x30))).toEqual({
      text: '中文\u0080',
      encoding: 'gb18030',
    });
  });

  it('reads a GB18030 report fixture, supplementary characters included', () => {
    const decoded = decodeText(new Uint8Array(Buffer.from(TOWNSHIP_REPORT_GB18030_HEX, 'hex')));
    expect(decoded).toEqual({ text: TOWNSHIP_REPORT_GB18030_TEXT, encoding: 'gb18030' });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(utf8('标题\r\n第一段\r第二段\n\r\n')).text).toBe('标题\n第一段\n第二段\n\n');
    const gbCrlf = bytes(0xd6, 0xd0, 0x0d, 0x0a, 0xce, 0xc4, 0x0d);
    expect(decodeText(gbCrlf).text).toBe('中\n文\n');
  });

  it('keeps a U+FFFD that the file spells out in valid UTF-8', () => {
    expect(decodeText(utf8('数据缺失\uFFFD处')).text).toBe('数据缺失\uFFFD处');
  });

  it('throws invalid-bytes, never U+FFFD, when neither UTF-8 nor GB18030 fits', () => {
    // Valid UTF-8, then 0xFF: invalid in both encodings.
    const error = decodeError(concat(utf8('政府工作报告'), bytes(0xff), utf8('完')));
    expect(error.code).toBe('invalid-bytes');
    expect(error.offset).toBe(18);
    expect(error.message).toMatch(/offset 18 \(0xFF\)/);
  });

  it('points at the GB18030 error in a file that reads as GBK', () => {
    const error = decodeError(bytes(0xd6, 0xd0, 0xce, 0xc4, 0xff));
    expect(error.code).toBe('invalid-bytes');
    expect(error.offset).toBe(4);
  });

  it('points at the start of a sequence cut short at the end of the file', () => {
    // 0x81 0x30 opens a four-byte GB18030 sequence; E4 opens a UTF-8 one.
    expect(decodeError(bytes(0xd6, 0xd0, 0x81, 0x30)).offset).toBe(2);
  });

  it('throws invalid-bytes for bytes invalid in the encoding their mark declares', () => {
    const error = decodeError(concat(bytes(0xef, 0xbb, 0xbf), utf8('报告'), bytes(0xc0, 0x80)));
    expect(error.code).toBe('invalid-bytes');
    expect(error.offset).toBe(9);
    const odd = decodeError(concat(bytes(0xff, 0xfe), utf16('报告', 'le'), bytes(0x41)));
    expect(odd.code).toBe('invalid-bytes');
    expect(odd.offset).toBe(6);
  });

  // Found by the hostile corpus: a GBK report whose title line was pasted in as UTF-8 read as
  // GB18030 without an error, the title turned to fluent nonsense (浜戝箔鍘…).
  it('throws mixed-encoding for UTF-8 lines among GBK ones, pointing where the second encoding starts', () => {
    const title = utf8('青石县白鹭镇政府工作报告\n');
    const error = decodeError(concat(title, encodeGb18030('全镇完成固定资产投资2.4亿元。\n')));
    expect(error.code).toBe('mixed-encoding');
    expect(error.offset).toBe(title.length);
    expect(error.message).toMatch(/UTF-8 .* GB18030/u);
    const after = encodeGb18030('白鹭镇2023年政府工作报告\n');
    expect(decodeError(concat(after, title)).offset).toBe(after.length);
  });

  it('throws binary for NUL bytes without a UTF-16 byte order mark', () => {
    const error = decodeError(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00));
    expect(error.code).toBe('binary');
    expect(error.offset).toBe(4);
  });

  it('throws empty for no bytes, a lone byte order mark, or whitespace only', () => {
    expect(decodeError(bytes()).code).toBe('empty');
    expect(decodeError(bytes(0xef, 0xbb, 0xbf)).code).toBe('empty');
    expect(decodeError(utf8(' \r\n\t\u3000\u00a0\n')).code).toBe('empty');
    expect(decodeError(bytes()).offset).toBeNull();
  });

  it('makes DecodeError an Error with its own name', () => {
    const error = decodeError(bytes());
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DecodeError');
  });
});
