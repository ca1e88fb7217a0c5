import { describe, expect, it } from 'vitest';
import { reportSummary } from './report-summary';
import { parseReportText } from '../core/report/parse-report-text';
import { TOWNSHIP_REPORT } from '../core/fixtures/township-report';

describe('reportSummary', () => {
  it('summarises a report', () => {
    const summary = reportSummary('白鹭镇.txt', { encoding: 'utf-8', reports: [parseReportText(TOWNSHIP_REPORT)] });
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
    const report = parseReportText('政府工作报告\n正文。');
    const summary = reportSummary('x.txt', { encoding: 'gb18030', reports: [report, report] });
    expect(summary).toContain('x.txt (gb18030): 2 reports');
    expect(summary).toContain('report 2:');
    expect(summary).toContain('  place:      unknown');
    expect(summary).toContain('  year:       unknown');
    expect(summary).toContain('  headings:   0\n');
  });
});
