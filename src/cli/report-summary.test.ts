import { describe, expect, it } from 'vitest';
import { reportSummary } from './report-summary';
import { readText } from '../core/import/formats/text';
import { parseSource } from '../core/report/parse-source';
import type { ParseResult } from '../core/report/report';
import { TOWNSHIP_REPORT } from '../core/fixtures/township-report';
import { COMPILATION_PRESENT, COMPILATION_REPORT } from '../core/fixtures/compilation-report';

const parse = (text: string): ParseResult => parseSource(readText(new TextEncoder().encode(text)));

describe('reportSummary', () => {
  it('summarises a report', () => {
    const summary = reportSummary('白鹭镇.txt', parse(TOWNSHIP_REPORT));
    expect(summary).toBe(
      [
        '白鹭镇.txt (utf-8): 1 report',
        '  title:      青石县白鹭镇2023年政府工作报告',
        '  place:      青石县白鹭镇 (镇)',
        '  year:       2023',
        '  paragraphs: 10',
        '  headings:   5 (level 1: 2, level 2: 3)',
      ].join('\n'),
    );
  });

  it('says unknown for missing metadata and numbers several reports', () => {
    const report = parse('政府工作报告\n正文。').reports[0]!;
    const summary = reportSummary('x.txt', { encoding: 'gb18030', compilation: null, reports: [report, report], hidden: [], warnings: [] });
    expect(summary).toContain('x.txt (gb18030): 2 reports');
    expect(summary).toContain('report 2:');
    expect(summary).toContain('  place:      unknown');
    expect(summary).toContain('  year:       unknown');
    expect(summary).toContain('  headings:   0\n');
  });

  it('summarises each report of a compilation', () => {
    const summary = reportSummary('汇编.txt', parse(COMPILATION_REPORT));
    expect(summary.split('\n')[0]).toBe(`汇编.txt (utf-8): ${COMPILATION_PRESENT.length} reports`);
    for (const title of COMPILATION_PRESENT) expect(summary).toContain(`  title:      ${title}`);
  });
});
