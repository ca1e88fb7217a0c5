import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { parseReportFile } from './parse-report-file';
import { ImportError } from './import-error';
import { DecodeError } from '../decode/decode-error';
import { parseReportText } from '../report/parse-report-text';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { TOWNSHIP_REPORT_GB18030_HEX, TOWNSHIP_REPORT_GB18030_TEXT } from '../fixtures/township-report-gb18030';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The ImportError `parseReportFile` throws. */
function importError(bytes: Uint8Array, fileName: string): ImportError {
  try {
    parseReportFile(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parseReportFile did not throw');
}

describe('parseReportFile', () => {
  it('parses a UTF-8 .txt report with CRLF line endings', () => {
    const result = parseReportFile(utf8(TOWNSHIP_REPORT.replaceAll('\n', '\r\n')), '白鹭镇.txt');
    expect(result).toEqual({ encoding: 'utf-8', reports: [parseReportText(TOWNSHIP_REPORT)] });
  });

  it('parses a GB18030 report', () => {
    const result = parseReportFile(new Uint8Array(Buffer.from(TOWNSHIP_REPORT_GB18030_HEX, 'hex')), 'gbk.TXT');
    expect(result.encoding).toBe('gb18030');
    expect(result.reports).toEqual([parseReportText(TOWNSHIP_REPORT_GB18030_TEXT)]);
    expect(result.reports[0]).toMatchObject({ title: '白鹭镇2023年政府工作报告', place: '白鹭镇', placeLevel: '镇', year: 2023 });
  });

  it('reads .md as plain text for now', () => {
    expect(parseReportFile(utf8(TOWNSHIP_REPORT), 'report.md').reports[0]?.text).toBe(TOWNSHIP_REPORT);
  });

  it.each([['report.docx'], ['report.pdf'], ['report.html'], ['report']])('refuses %s as unsupported-format', (name) => {
    const error = importError(utf8(TOWNSHIP_REPORT), name);
    expect(error.code).toBe('unsupported-format');
    expect(error.fileName).toBe(name);
    expect(error.offset).toBeNull();
    expect(error.message).toMatch(/supported: \.txt, \.md/);
  });

  it('wraps a DecodeError, keeping its code, offset and the error as cause', () => {
    const invalid = importError(Uint8Array.from([0xd6, 0xd0, 0xff]), 'bad.txt');
    expect(invalid).toMatchObject({ code: 'invalid-bytes', offset: 2, fileName: 'bad.txt' });
    expect(invalid.cause).toBeInstanceOf(DecodeError);
    expect(invalid.message).toMatch(/^Cannot import "bad\.txt": /);
    expect(importError(Uint8Array.from([0x50, 0x4b, 0x00]), 'zip.txt').code).toBe('binary');
    expect(importError(new Uint8Array(0), 'empty.txt').code).toBe('empty');
  });
});
