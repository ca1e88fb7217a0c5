/**
 * The cells of an analysis heat map, drawn the same in every chart: each item
 * `[column, row, value]` a square with a white border, coloured on one
 * continuous scale from 0 to the largest value (a bar under the chart), and
 * described by a tooltip when the pointer is over it.
 */
import { CHART_INK, HEAT_COLORS } from './chart-colors';
import type { HeatmapChartOption } from './heatmap-chart';
import { tooltipHtml } from './tooltip-html';

/**
 * The series, visual map and tooltip for the items `data`. `describe` gives
 * the tooltip of the cell at `column` and `row`, as plain text (lines split
 * by `\n`); it is escaped here. The scale reaches at least 1, so a chart of
 * empty cells still has one.
 */
export function heatmapCells(data: [number, number, number][], describe: (column: number, row: number) => string): Pick<HeatmapChartOption, 'tooltip' | 'visualMap' | 'series'> {
  const max = data.reduce((largest, [, , value]) => Math.max(largest, value), 0);
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const value = (Array.isArray(params) ? params[0]?.value : params.value) as number[] | undefined;
        if (!Array.isArray(value)) return '';
        const [column, row] = value as [number, number];
        return tooltipHtml(describe(column, row));
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(1, max),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemHeight: 160,
      inRange: { color: HEAT_COLORS },
      textStyle: { color: CHART_INK },
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: CHART_INK, borderWidth: 1 } },
      },
    ],
  };
}
