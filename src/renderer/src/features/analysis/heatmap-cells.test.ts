import { describe, expect, it } from 'vitest';
import { heatmapCells } from './heatmap-cells';

type Formatter = (params: unknown) => string;

describe('heatmapCells', () => {
  it('draws the items as one heat map series, on a scale from 0 to the largest value', () => {
    const data: [number, number, number][] = [
      [0, 0, 3],
      [1, 0, 7],
    ];
    const cells = heatmapCells(data, () => '');
    expect((cells.series as { type: string; data: unknown }[])[0]).toMatchObject({ type: 'heatmap', data });
    expect(cells.visualMap).toMatchObject({ type: 'continuous', min: 0, max: 7 });
  });

  it('keeps a scale of at least 1 when there is nothing to draw', () => {
    expect(heatmapCells([], () => '').visualMap).toMatchObject({ min: 0, max: 1 });
  });

  it('describes the cell under the pointer by column and row, escaped', () => {
    const formatter = (heatmapCells([[2, 1, 5]], (column, row) => `<${column}>\n${row}`).tooltip as { formatter: Formatter }).formatter;
    expect(formatter({ value: [2, 1, 5] })).toBe('&lt;2&gt;<br>1');
    expect(formatter([{ value: [0, 3, 1] }])).toBe('&lt;0&gt;<br>3');
    expect(formatter({ value: 'none' })).toBe('');
  });
});
