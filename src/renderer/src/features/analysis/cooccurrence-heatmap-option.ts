/**
 * The theme co-occurrence heat map's ECharts option, built as a pure
 * function: themes across and down, each cell how often the two themes were
 * put on the same text (`together`: see core's theme-cooccurrence.ts). The
 * diagonal, a theme with itself, is left blank.
 */
import type { ThemeCooccurrence } from '../../../../core/analysis/theme-cooccurrence';
import { CHART_INK, CHART_RULE } from './chart-colors';
import type { HeatmapChartOption } from './heatmap-chart';
import { heatmapCells } from './heatmap-cells';

/** One cell as its tooltip describes it. */
export interface CooccurrenceCell {
  a: string;
  b: string;
  shared: number;
  overlapping: number;
}

/** What the option is built from. */
export interface CooccurrenceChart {
  cooccurrence: ThemeCooccurrence;
  /** A name for every row (and column). */
  themeNames: readonly string[];
  /** A cell's tooltip, as plain text (lines split by `\n`); it is escaped here. */
  describe(cell: CooccurrenceCell): string;
}

/** True when some two different themes meet at least once. */
export function hasCooccurrence(cooccurrence: ThemeCooccurrence): boolean {
  return cooccurrence.together.some((row, a) => row.some((value, b) => a !== b && value > 0));
}

/**
 * The option: items `[column, row, together]` for every pair of different
 * themes that meet; a visual map from 0 to the largest count. Throws a
 * RangeError when the names do not match the rows.
 */
export function cooccurrenceHeatmapOption(chart: CooccurrenceChart): HeatmapChartOption {
  const { cooccurrence, themeNames, describe } = chart;
  if (themeNames.length !== cooccurrence.themeIds.length) throw new RangeError(`cooccurrenceHeatmapOption: ${themeNames.length} theme names for ${cooccurrence.themeIds.length} rows`);
  const data: [number, number, number][] = [];
  cooccurrence.together.forEach((row, a) =>
    row.forEach((value, b) => {
      if (a !== b && value > 0) data.push([b, a, value]);
    }),
  );
  const rotate = themeNames.length > 8 ? 30 : 0;
  return {
    animation: false,
    grid: { top: 16, left: 12, right: 16, bottom: 64 },
    ...heatmapCells(data, (b, a) =>
      describe({ a: themeNames[a] ?? '', b: themeNames[b] ?? '', shared: cooccurrence.shared[a]?.[b] ?? 0, overlapping: cooccurrence.overlapping[a]?.[b] ?? 0 }),
    ),
    xAxis: {
      type: 'category',
      data: [...themeNames],
      position: 'top',
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_RULE } },
      axisLabel: { interval: 0, rotate, color: CHART_INK },
    },
    yAxis: {
      type: 'category',
      data: [...themeNames],
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_RULE } },
      axisLabel: { interval: 0, color: CHART_INK, width: 160, overflow: 'truncate' },
    },
  };
}

/**
 * What a click on the item `[column, row, …]` asks to see: the excerpts of
 * both themes (with, rolled up, those nested under them) in the reports where
 * they meet; null for indices outside the matrix or the diagonal.
 */
export function cooccurrenceCellFilter(cooccurrence: ThemeCooccurrence, value: readonly number[]): { themeIds: string[]; reportIds: string[] } | null {
  const [b, a] = value;
  if (a === undefined || b === undefined || a === b) return null;
  const first = cooccurrence.members[a];
  const second = cooccurrence.members[b];
  const reportIds = cooccurrence.reportIds[a]?.[b];
  if (!first || !second || !reportIds) return null;
  return { themeIds: [...first, ...second], reportIds: [...reportIds] };
}
