import { describe, expect, it } from 'vitest';
import type { CodedPassage } from './coded-passage';
import { THEMES } from './fixtures/codebook';
import { themeCooccurrence } from './theme-cooccurrence';

function passage(reportId: string, themeIds: string[], start: number, end: number): CodedPassage {
  return { reportId, themeIds, start, end };
}

/** Rows and columns: rural 0, grain 1, homes 2, safety 3, green 4. */
const at = (matrix: number[][], a: number, b: number) => matrix[a]![b]!;

describe('themeCooccurrence', () => {
  it('counts highlights carrying both themes (shared), symmetrically, with each theme’s total on the diagonal', () => {
    const result = themeCooccurrence([passage('r1', ['rural', 'safety'], 0, 10), passage('r2', ['safety', 'rural', 'safety'], 0, 5), passage('r2', ['safety'], 50, 60)], THEMES);
    expect(at(result.shared, 0, 3)).toBe(2);
    expect(at(result.shared, 3, 0)).toBe(2);
    expect(at(result.shared, 3, 3)).toBe(3);
    expect(at(result.shared, 0, 0)).toBe(2);
    expect(at(result.overlapping, 0, 3)).toBe(0);
    expect(result.reportIds[0]![3]).toEqual(['r1', 'r2']);
    expect(result.reportIds[3]![0]).toEqual(['r1', 'r2']);
  });

  it('counts pairs of overlapping highlights of different themes in the same report', () => {
    const result = themeCooccurrence(
      [
        passage('r1', ['rural'], 0, 10),
        passage('r1', ['green'], 8, 20), // overlaps the first: rural × green
        passage('r1', ['green'], 10, 12), // overlaps the second (same theme: nothing) and only touches the first
        passage('r2', ['rural'], 8, 20), // same offsets, another report: nothing
      ],
      THEMES,
    );
    expect(at(result.overlapping, 0, 4)).toBe(1);
    expect(at(result.overlapping, 4, 0)).toBe(1);
    expect(at(result.overlapping, 4, 4)).toBe(0);
    expect(at(result.shared, 0, 4)).toBe(0);
    expect(at(result.together, 0, 4)).toBe(1);
    expect(result.reportIds[0]![4]).toEqual(['r1']);
  });

  it('counts a pair of highlights once for a pair of themes, however many of them both carry', () => {
    const result = themeCooccurrence([passage('r1', ['rural', 'safety'], 0, 10), passage('r1', ['safety', 'rural'], 5, 15)], THEMES);
    expect(at(result.shared, 0, 3)).toBe(2);
    expect(at(result.overlapping, 0, 3)).toBe(1);
    expect(at(result.together, 0, 3)).toBe(3);
  });

  it('finds every overlapping pair, not only neighbours', () => {
    const result = themeCooccurrence([passage('r1', ['rural'], 0, 100), passage('r1', ['safety'], 10, 20), passage('r1', ['green'], 30, 40)], THEMES);
    expect(at(result.overlapping, 0, 3)).toBe(1);
    expect(at(result.overlapping, 0, 4)).toBe(1);
    expect(at(result.overlapping, 3, 4)).toBe(0);
  });

  it('rolled up, counts children as their parent and never a theme with itself', () => {
    const passages = [passage('r1', ['grain', 'homes'], 0, 10), passage('r1', ['rural'], 5, 8), passage('r1', ['grain', 'safety'], 20, 30)];
    const rolled = themeCooccurrence(passages, THEMES, { rollUp: true });
    expect(rolled.themeIds).toEqual(['rural', 'safety', 'green']);
    expect(rolled.shared).toEqual([
      [3, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(rolled.overlapping.flat().every((n) => n === 0)).toBe(true);
    const flat = themeCooccurrence(passages, THEMES);
    expect(at(flat.shared, 1, 2)).toBe(1);
    expect(at(flat.overlapping, 0, 1)).toBe(1);
    expect(at(flat.overlapping, 0, 2)).toBe(1);
  });

  it('ignores themes not in the codebook', () => {
    const result = themeCooccurrence([passage('r1', ['rural', 'elsewhere'], 0, 10)], THEMES);
    expect(result.shared.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});
