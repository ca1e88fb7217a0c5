import { describe, expect, it } from 'vitest';
import { parseReportText } from './parse-report-text';
import type { ParsedReport } from './report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { TOWNSHIP_REPORT_GB18030_TEXT } from '../fixtures/township-report-gb18030';

/** The block invariants, checked independently of checkReport. */
function expectInvariants(report: ParsedReport, lines: string[]): void {
  expect(report.blocks.map((b) => report.text.slice(b.start, b.end))).toEqual(lines);
  expect(report.text).toBe(lines.join('\n'));
  report.blocks.forEach((block, i) => {
    expect(block.end).toBeGreaterThan(block.start);
    const previous = report.blocks[i - 1];
    if (previous) expect(block.start).toBe(previous.end + 1);
  });
}

/** Blocks as `kind[level]: text`, for readable expectations. */
function outline(report: ParsedReport): string[] {
  return report.blocks.map((b) => `${b.kind}${b.level ?? ''}: ${report.text.slice(b.start, b.end)}`);
}

describe('parseReportText', () => {
  const report = parseReportText(TOWNSHIP_REPORT);

  it('reads the title, place and year of a township report', () => {
    expect(report.title).toBe('青石县白鹭镇2023年政府工作报告');
    expect(report.place).toBe('青石县白鹭镇');
    expect(report.placeLevel).toBe('镇');
    expect(report.year).toBe(2023);
  });

  it('finds the title, headings and paragraphs', () => {
    const lines = TOWNSHIP_REPORT.split('\n');
    const at = (i: number): string => lines[i] ?? '';
    expect(outline(report)).toEqual([
      `title: ${at(0)}`,
      `paragraph: ${at(1)}`,
      `paragraph: ${at(2)}`,
      'paragraph: 各位代表：',
      `paragraph: ${at(4)}`,
      'heading1: 一、2022年工作回顾',
      `paragraph: ${at(6)}`,
      'heading2: （一）产业发展提质增效',
      `paragraph: ${at(8)}`,
      'heading2: （二）民生保障持续加强',
      `paragraph: ${at(10)}`,
      'heading1: 二、2023年工作安排',
      `paragraph: ${at(12)}`,
      'heading2: （一）聚焦产业振兴，做强镇域经济',
      `paragraph: ${at(14)}`,
      `paragraph: ${at(15)}`,
    ]);
  });

  it('keeps the invariants: blocks in order, tiling the text, one per line', () => {
    expectInvariants(report, TOWNSHIP_REPORT.split('\n'));
    expect(report.blocks.filter((b) => b.kind !== 'heading').every((b) => !('level' in b))).toBe(true);
  });

  it('gives the same report for CRLF, CR, indentation and blank lines', () => {
    const breaks = ['\r\n', '\r', '\n\n', '\r\n \u3000\r\n'];
    const messy = TOWNSHIP_REPORT.split('\n')
      .map((line, i) => `${i % 2 ? `\u3000\u3000${line}\u00a0 ` : `\t${line}`}${breaks[i % breaks.length]}`)
      .join('');
    expect(parseReportText(messy)).toEqual(report);
  });

  it('counts offsets in UTF-16 code units, surrogate pairs included', () => {
    const parsed = parseReportText(TOWNSHIP_REPORT_GB18030_TEXT);
    const lines = TOWNSHIP_REPORT_GB18030_TEXT.trimEnd().split('\n');
    expectInvariants(parsed, lines);
    const last = parsed.blocks.at(-1);
    expect(last?.end).toBe(parsed.text.length);
    expect(parsed.text.slice(last?.start, last?.end)).toContain('𠮷祥');
    expect(outline(parsed).slice(0, 3)).toEqual(['title: 白鹭镇2023年政府工作报告', 'paragraph: 各位代表：', 'heading1: 一、2022年工作回顾']);
  });

  it('keeps the spaced title in the text and un-spaces only the title field', () => {
    const parsed = parseReportText('政 府 工 作 报 告\n各位代表：');
    expect(parsed.title).toBe('政府工作报告');
    expect(parsed.text.slice(0, parsed.blocks[0]?.end)).toBe('政 府 工 作 报 告');
    expect(parsed.year).toBeNull();
    expect(parsed.place).toBeNull();
    expect(parsed.placeLevel).toBeNull();
  });

  it('reads a very long first line as a paragraph and derives the title from it', () => {
    const first = '《2024年某镇政府工作报告.docx》由会员分享，可在线阅读，更多相关内容请在某某文库上搜索，谢谢各位读者长期以来的支持与关注。';
    const parsed = parseReportText(`${first}\n一、2023年工作推进情况\n正文。`);
    expect(parsed.title).toBe('2024年某镇政府工作报告');
    expect(parsed.year).toBe(2024);
    expect(outline(parsed).map((line) => line.split(':')[0])).toEqual(['paragraph', 'heading1', 'paragraph']);
  });

  it('gives a single-line text a title block only', () => {
    expect(parseReportText('某镇2023年政府工作报告')).toMatchObject({ text: '某镇2023年政府工作报告', blocks: [{ kind: 'title', start: 0, end: 13 }] });
  });

  it('throws a RangeError for blank text', () => {
    expect(() => parseReportText('')).toThrow(/no non-blank line/);
    expect(() => parseReportText('\n \u3000\r\n')).toThrow(RangeError);
  });
});
