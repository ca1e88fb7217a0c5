import { describe, expect, it } from 'vitest';
import { SAMPLE } from './fixtures/sample-codebook';
import type { ThemeAssignment } from './theme';
import { themeCounts } from './theme-counts';

describe('themeCounts', () => {
  it('counts the sample’s highlights per theme, directly', () => {
    expect(Object.fromEntries(themeCounts(SAMPLE.themes, SAMPLE.highlights))).toEqual({
      'rural': 3, 'grain': 1, 'rural-living': 2, 'industry': 1, 'parks': 0, 'safety': 1, 'ecology': 2, 'eco-living': 1,
    });
  });

  it.each<[string, ThemeAssignment[], Record<string, number>]>([
    ['no highlights', [], { rural: 0, safety: 0 }],
    ['a theme listed twice in one highlight', [{ id: 'h', themeIds: ['rural', 'rural'] }], { rural: 1, safety: 0 }],
    ['an id that is not a theme', [{ id: 'h', themeIds: ['gone', 'safety'] }], { rural: 0, safety: 1 }],
  ])('%s', (_, highlights, expected) => {
    const themes = SAMPLE.themes.filter((theme) => theme.id === 'rural' || theme.id === 'safety');
    expect(Object.fromEntries(themeCounts(themes, highlights))).toEqual(expected);
  });
});
