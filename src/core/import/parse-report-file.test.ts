import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { parseReportFile } from './parse-report-file';
import { ImportError } from './import-error';
import { REPORT_FORMATS } from './report-format';
import { readText } from './formats/text';
import { DecodeError } from '../decode/decode-error';
import { parseSource } from '../report/parse-source';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { TOWNSHIP_REPORT_GB18030_HEX, TOWNSHIP_REPORT_GB18030_TEXT } from '../fixtures/township-report-gb18030';
import { COMPILATION_PRESENT, COMPILATION_REPORT } from '../fixtures/compilation-report';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (text: string) => parseSource(readText(utf8(text)));

/** The ImportError `parseReportFile` throws. */
async function importError(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  try {
    await parseReportFile(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parseReportFile did not throw');
}

describe('parseReportFile', () => {
  it('parses a UTF-8 .txt report with CRLF line endings', async () => {
    const result = await parseReportFile(utf8(TOWNSHIP_REPORT.replaceAll('\n', '\r\n')), '白鹭镇.txt');
    expect(result).toEqual(parse(TOWNSHIP_REPORT));
    expect(result).toMatchObject({ encoding: 'utf-8', compilation: null, hidden: [], warnings: [] });
  });

  it('parses a GB18030 report', async () => {
    const result = await parseReportFile(new Uint8Array(Buffer.from(TOWNSHIP_REPORT_GB18030_HEX, 'hex')), 'gbk.TXT');
    expect(result.encoding).toBe('gb18030');
    expect(result.reports).toEqual(parse(TOWNSHIP_REPORT_GB18030_TEXT).reports);
    expect(result.reports[0]).toMatchObject({ title: '白鹭镇2023年政府工作报告', place: '白鹭镇', placeLevel: '镇', year: 2023 });
  });

  it('reads .md as text, with `#` headings as declared structure', async () => {
    expect((await parseReportFile(utf8(TOWNSHIP_REPORT), 'report.md')).reports[0]?.text).toBe(TOWNSHIP_REPORT);
    const report = (await parseReportFile(utf8('# 白鹭镇2023年政府工作报告\n\n## 过去一年\n\n全镇经济平稳运行。'), 'report.md')).reports[0]!;
    expect(report.title).toBe('白鹭镇2023年政府工作报告');
    expect(report.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['title', undefined],
      ['heading', 1],
      ['paragraph', undefined],
    ]);
  });

  // Found by the hostile corpus: raw HTML, `javascript:` link targets and image URLs of a .md file reached the report's text.
  it('reads .md without its raw HTML, images and link targets', async () => {
    const markdown = '# 白鹭镇2023年政府工作报告\n<script>top.__pwned=1</script>\n详见[镇政府公告](javascript:top.__pwned=1)。![图](https://evil.example/x.png)';
    const result = await parseReportFile(utf8(markdown), 'report.md');
    expect(result.reports[0]?.text).toBe('白鹭镇2023年政府工作报告\n详见镇政府公告。');
    expect(result.warnings).toEqual(['1 image dropped']);
  });

  it('splits a compilation into its reports', async () => {
    const result = await parseReportFile(utf8(COMPILATION_REPORT), '汇编.txt');
    expect(result.reports.map((r) => r.title)).toEqual(COMPILATION_PRESENT);
    expect(result.compilation?.declared).toBe(5);
  });

  // Changed: the names refused are ones no reader will take (.docx, .pdf and
  // .html readers are being added), and the message lists REPORT_FORMATS.
  it.each([['report.exe'], ['report.jpg'], ['report.tar.gz'], ['report'], ['.txt']])('refuses %s as unsupported-format', async (name) => {
    const error = await importError(utf8(TOWNSHIP_REPORT), name);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('unsupported-format');
    expect(error.fileName).toBe(name);
    expect(error.offset).toBeNull();
    expect(error.message).toContain(`supported: ${REPORT_FORMATS.map((f) => `.${f}`).join(', ')}`);
  });

  it('wraps a DecodeError, keeping its code, offset and the error as cause', async () => {
    const invalid = await importError(Uint8Array.from([0xd6, 0xd0, 0xff]), 'bad.txt');
    expect(invalid).toMatchObject({ code: 'invalid-bytes', offset: 2, fileName: 'bad.txt' });
    expect(invalid.cause).toBeInstanceOf(DecodeError);
    expect(invalid.message).toMatch(/^Cannot import "bad\.txt": /);
    expect((await importError(Uint8Array.from([0x50, 0x4b, 0x00]), 'zip.txt')).code).toBe('binary');
    expect((await importError(new Uint8Array(0), 'empty.txt')).code).toBe('empty');
    expect((await importError(utf8(' \r\n\u3000\n'), 'blank.md')).code).toBe('empty');
  });

  // Changed: the code was no-text, which the interface words for a scanned PDF ("needs OCR");
  // the hostile corpus showed web pages of script alone told that. A PDF without text keeps no-text.
  it('refuses a file of site debris only as no-report-text', async () => {
    const error = await importError(utf8('首页 > 政务公开 > 白鹭镇\n【打印】【关闭】\n扫一扫在手机打开当前页\n'), 'page.txt');
    expect(error).toMatchObject({ code: 'no-report-text', fileName: 'page.txt', offset: null });
    expect(error.message).toMatch(/site debris/);
  });
});
