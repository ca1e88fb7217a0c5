import { describe, expect, it } from 'vitest';
import { visibleSuggestions } from './visible-suggestions';

describe('visibleSuggestions', () => {
  const suggestion = (key: string, themeId: string, start: number, end: number, reportId = 'r1') => ({ key, reportId, themeId, start, end, keywords: [], matches: [] });
  const found = [suggestion('a', 'rural', 0, 10), suggestion('b', 'safety', 0, 10), suggestion('c', 'rural', 10, 20), suggestion('d', 'rural', 0, 10, 'r2')];

  it('hides rejected ones and those coded since with their theme in their report', () => {
    const passages = [{ reportId: 'r1', themeIds: ['safety', 'rural'], start: 2, end: 4 }];
    expect(visibleSuggestions(found, new Set(['c']), passages).map((s) => s.key)).toEqual(['d']);
  });

  it('keeps one whose sentence a highlight only touches, or coded with another theme', () => {
    const passages = [
      { reportId: 'r1', themeIds: ['rural'], start: 20, end: 25 },
      { reportId: 'r1', themeIds: ['green'], start: 0, end: 20 },
    ];
    expect(visibleSuggestions(found, new Set(), passages).map((s) => s.key)).toEqual(['a', 'b', 'c', 'd']);
  });
});
