import { describe, expect, it } from 'vitest';
import { themeCooccurrence } from '../../../../core/analysis/theme-cooccurrence';
import type { Theme } from '../../../../core/themes/theme';
import { cooccurrenceCellFilter, cooccurrenceHeatmapOption, hasCooccurrence, type CooccurrenceCell } from './cooccurrence-heatmap-option';

const theme = (id: string, parentId: string | null = null): Theme => ({ id, name: id, color: '#888888', description: '', keywords: [], parentId, order: 0 });
const THEMES = [theme('rural'), theme('grain', 'rural'), theme('safety'), theme('green')];
const PASSAGES = [
  { reportId: 'a', themeIds: ['rural', 'safety'], start: 0, end: 10 },
  { reportId: 'b', themeIds: ['grain'], start: 0, end: 10 },
  { reportId: 'b', themeIds: ['safety'], start: 5, end: 15 },
];
const text = (cell: CooccurrenceCell) => `${cell.a}×${cell.b}:${cell.shared}/${cell.overlapping}`;

describe('cooccurrenceHeatmapOption', () => {
  it('has an item for each meeting pair, both ways, none on the diagonal', () => {
    const cooccurrence = themeCooccurrence(PASSAGES, THEMES);
    const option = cooccurrenceHeatmapOption({ cooccurrence, themeNames: ['乡村振兴', '粮食安全', '安全生产', '生态环保'], describe: text });
    expect((option.series as { data: unknown }[])[0]!.data).toEqual([
      [2, 0, 1],
      [2, 1, 1],
      [0, 2, 1],
      [1, 2, 1],
    ]);
    expect(option.visualMap).toMatchObject({ min: 0, max: 1 });
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter({ value: [2, 1, 1] })).toBe('粮食安全×安全生产:0/1');
  });

  it('says whether any two themes meet', () => {
    expect(hasCooccurrence(themeCooccurrence(PASSAGES, THEMES))).toBe(true);
    expect(hasCooccurrence(themeCooccurrence([PASSAGES[1]!], THEMES))).toBe(false);
  });

  it('refuses names that do not match', () => {
    expect(() => cooccurrenceHeatmapOption({ cooccurrence: themeCooccurrence(PASSAGES, THEMES), themeNames: [], describe: text })).toThrow(RangeError);
  });
});

describe('cooccurrenceCellFilter', () => {
  it('asks for both themes in the reports where they meet', () => {
    const cooccurrence = themeCooccurrence(PASSAGES, THEMES, { rollUp: true });
    // Rolled up: rows rural (with grain), safety, green. rural × safety meet in a (shared) and b (overlap).
    expect(cooccurrenceCellFilter(cooccurrence, [1, 0, 2])).toEqual({ themeIds: ['rural', 'grain', 'safety'], reportIds: ['a', 'b'] });
  });

  it('gives null on the diagonal and outside', () => {
    const cooccurrence = themeCooccurrence(PASSAGES, THEMES);
    expect(cooccurrenceCellFilter(cooccurrence, [1, 1, 3])).toBeNull();
    expect(cooccurrenceCellFilter(cooccurrence, [7, 0, 1])).toBeNull();
  });
});
