/**
 * The theme × report heat map's ECharts option, built from the matrix as a
 * pure function (tested in Node; the chart itself is drawn only in the app).
 * Themes run across, reports down in the order of the matrix; when there are
 * more reports than fit, the chart scrolls (a slider on the right, and the
 * mouse wheel).
 */
import type { ThemeReportMatrix } from '../../../../core/analysis/theme-report-matrix';
import { CHART_INK, CHART_RULE } from './chart-colors';
import type { HeatmapChartOption } from './heatmap-chart';
import { heatmapCells } from './heatmap-cells';

/** What a cell's colour stands for: how many highlights, or how many characters they cover. */
export type MatrixMeasure = 'count' | 'characters';

/** One cell as its tooltip describes it. */
export interface MatrixCell {
  theme: string;
  report: string;
  count: number;
  characters: number;
}

/** What the option is built from. */
export interface MatrixChart {
  matrix: ThemeReportMatrix;
  /** A name for every row of the matrix. */
  themeNames: readonly string[];
  /** A label for every column of the matrix (`湖北省 2024`). */
  reportLabels: readonly string[];
  measure: MatrixMeasure;
  /** A cell's tooltip, as plain text (lines split by `\n`); it is escaped here. */
  describe(cell: MatrixCell): string;
}

/** How many reports show at once; beyond this the chart scrolls. */
export const MATRIX_WINDOW = 25;

/**
 * The option: items `[theme index, report index, value]` for every cell that
 * has any highlight (empty cells are left blank), a visual map from 0 to the
 * largest value, and a scrolling window of `MATRIX_WINDOW` reports when there
 * are more. Throws a RangeError when the names or labels do not match the
 * matrix.
 */
export function matrixHeatmapOption(chart: MatrixChart): HeatmapChartOption {
  const { matrix, themeNames, reportLabels, measure, describe } = chart;
  if (themeNames.length !== matrix.themeIds.length) throw new RangeError(`matrixHeatmapOption: ${themeNames.length} theme names for ${matrix.themeIds.length} rows`);
  if (reportLabels.length !== matrix.reportIds.length) throw new RangeError(`matrixHeatmapOption: ${reportLabels.length} report labels for ${matrix.reportIds.length} columns`);
  const values = measure === 'count' ? matrix.counts : matrix.characters;
  const data: [number, number, number][] = [];
  values.forEach((row, theme) =>
    row.forEach((value, report) => {
      if (matrix.counts[theme]![report]! > 0) data.push([theme, report, value]);
    }),
  );
  const scrolls = reportLabels.length > MATRIX_WINDOW;
  const dataZoom: HeatmapChartOption['dataZoom'] = scrolls
    ? [
        { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: MATRIX_WINDOW - 1, showDetail: false, brushSelect: false },
        { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: MATRIX_WINDOW - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
      ]
    : [];
  return {
    animation: false,
    grid: { top: 16, left: 12, right: scrolls ? 40 : 16, bottom: 64 },
    ...heatmapCells(data, (theme, report) =>
      describe({ theme: themeNames[theme] ?? '', report: reportLabels[report] ?? '', count: matrix.counts[theme]?.[report] ?? 0, characters: matrix.characters[theme]?.[report] ?? 0 }),
    ),
    xAxis: {
      type: 'category',
      data: [...themeNames],
      position: 'top',
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_RULE } },
      axisLabel: { interval: 0, rotate: themeNames.length > 8 ? 30 : 0, color: CHART_INK },
    },
    yAxis: {
      type: 'category',
      data: [...reportLabels],
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_RULE } },
      axisLabel: { color: CHART_INK, width: 160, overflow: 'truncate' },
    },
    dataZoom,
  };
}

/**
 * What a click on the item `[theme index, report index, …]` asks to see: the
 * excerpts of the row's themes (the theme and, rolled up, those nested under
 * it) in that report; null for indices outside the matrix.
 */
export function matrixCellFilter(matrix: ThemeReportMatrix, value: readonly number[]): { themeIds: string[]; reportIds: string[] } | null {
  const [theme, report] = value;
  const themeIds = theme === undefined ? undefined : matrix.members[theme];
  const reportId = report === undefined ? undefined : matrix.reportIds[report];
  if (!themeIds || reportId === undefined) return null;
  return { themeIds: [...themeIds], reportIds: [reportId] };
}
