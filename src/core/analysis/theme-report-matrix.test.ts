import { describe, expect, it } from 'vitest';
import { THEMES } from './fixtures/codebook';
import type { CodedPassage } from './coded-passage';
import { passagesByReport, themeReportMatrix } from './theme-report-matrix';

const REPORTS = [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }];

function passage(reportId: string, themeIds: string[], start: number, end: number): CodedPassage {
  return { reportId, themeIds, start, end };
}

const PASSAGES: CodedPassage[] = [
  passage('r1', ['rural'], 0, 10),
  passage('r1', ['rural', 'safety'], 5, 15),
  passage('r1', ['grain'], 40, 44),
  passage('r2', ['grain', 'homes'], 0, 6),
  passage('r2', ['homes'], 3, 9),
  passage('r3', ['green'], 100, 120),
  passage('gone', ['rural'], 0, 50),
  passage('r3', ['unknown-theme'], 0, 50),
];

const BY_REPORT = passagesByReport(PASSAGES);

describe('themeReportMatrix', () => {
  it('counts highlights and coded characters for every theme and report', () => {
    const matrix = themeReportMatrix(BY_REPORT, THEMES, REPORTS);
    expect(matrix.themeIds).toEqual(['rural', 'grain', 'homes', 'safety', 'green']);
    expect(matrix.reportIds).toEqual(['r1', 'r2', 'r3']);
    expect(matrix.counts).toEqual([
      [2, 0, 0],
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    // rural in r1: [0,10) ∪ [5,15) = 15, the overlap once.
    expect(matrix.characters).toEqual([
      [15, 0, 0],
      [4, 6, 0],
      [0, 9, 0],
      [10, 0, 0],
      [0, 0, 20],
    ]);
  });

  it('rolls children into their parent, a highlight counted once per row', () => {
    const matrix = themeReportMatrix(BY_REPORT, THEMES, REPORTS, { rollUp: true });
    expect(matrix.themeIds).toEqual(['rural', 'safety', 'green']);
    expect(matrix.members[0]).toEqual(['rural', 'grain', 'homes']);
    // r2's first highlight carries grain and homes: one highlight for 乡村振兴.
    expect(matrix.counts[0]).toEqual([3, 2, 0]);
    expect(matrix.characters[0]).toEqual([19, 9, 0]);
  });

  it('follows the order of the reports given, and has a column for a report without highlights', () => {
    const matrix = themeReportMatrix(BY_REPORT, THEMES, [{ id: 'r4' }, { id: 'r3' }]);
    expect(matrix.reportIds).toEqual(['r4', 'r3']);
    expect(matrix.counts[4]).toEqual([0, 1]);
  });

  it('fills a report listed twice in its first column only', () => {
    const matrix = themeReportMatrix(BY_REPORT, THEMES, [{ id: 'r3' }, { id: 'r3' }]);
    expect(matrix.counts[4]).toEqual([1, 0]);
    expect(matrix.characters[4]).toEqual([20, 0]);
  });

  it('counts a cell of many highlights, overlaps once', () => {
    // 40 highlights of 10 characters, each starting 5 after the last: 5 × 39 + 10 characters.
    const many = Array.from({ length: 40 }, (_, i) => passage('r1', ['green'], 5 * i, 5 * i + 10));
    const matrix = themeReportMatrix(passagesByReport(many), THEMES, [{ id: 'r1' }]);
    expect(matrix.counts[4]).toEqual([40]);
    expect(matrix.characters[4]).toEqual([205]);
  });

  it('is empty, not broken, without themes or reports', () => {
    expect(themeReportMatrix(BY_REPORT, [], REPORTS).counts).toEqual([]);
    expect(themeReportMatrix(BY_REPORT, THEMES, []).counts).toEqual([[], [], [], [], []]);
  });
});

describe('passagesByReport', () => {
  it('gathers the passages of each report, whatever their themes, in order', () => {
    const byReport = passagesByReport(PASSAGES);
    expect([...byReport.keys()]).toEqual(['r1', 'r2', 'r3', 'gone']);
    expect(byReport.get('r1')).toEqual(PASSAGES.slice(0, 3));
    expect(byReport.get('r3')).toEqual([PASSAGES[5], PASSAGES[7]]);
  });
});
