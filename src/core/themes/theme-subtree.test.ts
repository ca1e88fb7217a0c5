import { describe, expect, it } from 'vitest';
import { SAMPLE, theme } from './fixtures/sample-codebook';
import { themeSubtree } from './theme-subtree';

describe('themeSubtree', () => {
  it.each([
    ['rural', ['rural', 'grain', 'rural-living']],
    ['grain', ['grain']],
    ['ecology', ['ecology', 'eco-living']],
  ])('%s → %j', (id, ids) => {
    expect(themeSubtree(SAMPLE.themes, id)).toEqual(ids);
  });

  it('reaches any depth, and ends on a cycle', () => {
    expect(themeSubtree([theme('a', '甲', null, 0), theme('b', '乙', 'a', 0), theme('c', '丙', 'b', 0)], 'a')).toEqual(['a', 'b', 'c']);
    expect(themeSubtree([theme('a', '甲', 'b', 0), theme('b', '乙', 'a', 0)], 'a')).toEqual(['a', 'b']);
  });

  it('refuses an unknown theme', () => {
    expect(() => themeSubtree(SAMPLE.themes, 'zz')).toThrow(new RangeError('No theme "zz" in the codebook'));
  });
});
