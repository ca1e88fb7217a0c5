import { describe, expect, it } from 'vitest';
import { passagesByReport, themeReportMatrix } from '../../../../core/analysis/theme-report-matrix';
import type { Theme } from '../../../../core/themes/theme';
import { MATRIX_WINDOW, matrixCellFilter, matrixHeatmapOption, type MatrixCell } from './matrix-heatmap-option';

const THEMES: Theme[] = [
  { id: 'rural', name: '乡村振兴', color: '#3a7d44', description: '', keywords: [], parentId: null, order: 0 },
  { id: 'grain', name: '粮食安全', color: '#aa8800', description: '', keywords: [], parentId: 'rural', order: 0 },
  { id: 'safety', name: '安全生产', color: '#b3261e', description: '', keywords: [], parentId: null, order: 1 },
];
const PASSAGES = passagesByReport([
  { reportId: 'a', themeIds: ['rural'], start: 0, end: 10 },
  { reportId: 'a', themeIds: ['rural'], start: 5, end: 12 },
  { reportId: 'b', themeIds: ['grain', 'safety'], start: 0, end: 30 },
]);
const describe_ = (cell: MatrixCell) => `${cell.theme}|${cell.report}|${cell.count}|${cell.characters}`;

function option(measure: 'count' | 'characters', reports = [{ id: 'a' }, { id: 'b' }], rollUp = false) {
  const matrix = themeReportMatrix(PASSAGES, THEMES, reports, { rollUp });
  const labels = reports.map((report) => `地${report.id}`);
  return { matrix, option: matrixHeatmapOption({ matrix, themeNames: matrix.themeIds.map((id) => `<${id}>`), reportLabels: labels, measure, describe: describe_ }) };
}

function seriesData(built: ReturnType<typeof option>['option']): unknown {
  const series = built.series as { data: unknown }[];
  return series[0]!.data;
}

describe('matrixHeatmapOption', () => {
  it('has an item for every cell with a highlight, themes across and reports down', () => {
    const { option: counts } = option('count');
    expect(seriesData(counts)).toEqual([
      [0, 0, 2],
      [1, 1, 1],
      [2, 1, 1],
    ]);
    expect(counts.xAxis).toMatchObject({ type: 'category', data: ['<rural>', '<grain>', '<safety>'] });
    expect(counts.yAxis).toMatchObject({ type: 'category', data: ['地a', '地b'], inverse: true });
    expect(counts.visualMap).toMatchObject({ min: 0, max: 2 });
  });

  it('colours by coded characters when asked, the overlap counted once', () => {
    const { option: characters } = option('characters');
    expect(seriesData(characters)).toEqual([
      [0, 0, 12],
      [1, 1, 30],
      [2, 1, 30],
    ]);
    expect(characters.visualMap).toMatchObject({ max: 30 });
  });

  it('keeps a scale from 0 to 1 when nothing is coded', () => {
    const { option: empty } = option('count', [{ id: 'z' }]);
    expect(seriesData(empty)).toEqual([]);
    expect(empty.visualMap).toMatchObject({ min: 0, max: 1 });
  });

  it('scrolls when there are more reports than fit, and not before', () => {
    expect(option('count').option.dataZoom).toEqual([]);
    const many = Array.from({ length: MATRIX_WINDOW + 5 }, (_, i) => ({ id: `r${i}` }));
    const zooms = option('count', many).option.dataZoom as { type: string; yAxisIndex: number; startValue: number; endValue: number }[];
    expect(zooms.map((zoom) => zoom.type)).toEqual(['slider', 'inside']);
    expect(zooms[0]).toMatchObject({ yAxisIndex: 0, startValue: 0, endValue: MATRIX_WINDOW - 1 });
  });

  it('writes the tooltip from the cell, escaped', () => {
    const { option: built } = option('count');
    const formatter = (built.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter({ value: [1, 1, 1] })).toBe('&lt;grain&gt;|地b|1|30');
  });

  it('refuses names that do not match the matrix', () => {
    const matrix = themeReportMatrix(PASSAGES, THEMES, [{ id: 'a' }]);
    expect(() => matrixHeatmapOption({ matrix, themeNames: ['一'], reportLabels: ['甲'], measure: 'count', describe: describe_ })).toThrow(RangeError);
    expect(() => matrixHeatmapOption({ matrix, themeNames: ['一', '二', '三'], reportLabels: [], measure: 'count', describe: describe_ })).toThrow(RangeError);
  });
});

describe('matrixCellFilter', () => {
  it('asks for the cell’s theme in its report', () => {
    const { matrix } = option('count');
    expect(matrixCellFilter(matrix, [2, 1, 1])).toEqual({ themeIds: ['safety'], reportIds: ['b'] });
  });

  it('asks for the whole subtree of a rolled-up row', () => {
    const { matrix } = option('count', [{ id: 'a' }, { id: 'b' }], true);
    expect(matrixCellFilter(matrix, [0, 1, 1])).toEqual({ themeIds: ['rural', 'grain'], reportIds: ['b'] });
  });

  it('gives null outside the matrix', () => {
    const { matrix } = option('count');
    expect(matrixCellFilter(matrix, [9, 0, 1])).toBeNull();
    expect(matrixCellFilter(matrix, [0, 9, 1])).toBeNull();
    expect(matrixCellFilter(matrix, [])).toBeNull();
  });
});
