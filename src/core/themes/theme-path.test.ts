import { describe, expect, it } from 'vitest';
import { SAMPLE, theme } from './fixtures/sample-codebook';
import { themePath } from './theme-path';

describe('themePath', () => {
  it.each([
    ['rural', ['乡村振兴']],
    ['grain', ['乡村振兴', '粮食安全']],
    ['eco-living', ['生态环保', '农村人居环境']],
  ])('%s → %j', (id, path) => {
    expect(themePath(SAMPLE.themes, id)).toEqual(path);
  });

  it('follows any depth, and stops at a missing parent', () => {
    const themes = [theme('a', '甲', null, 0), theme('b', '乙', 'a', 0), theme('c', '丙', 'b', 0), theme('d', '丁', 'gone', 0)];
    expect(themePath(themes, 'c')).toEqual(['甲', '乙', '丙']);
    expect(themePath(themes, 'd')).toEqual(['丁']);
  });

  it.each([
    ['an unknown theme', [theme('a', '甲', null, 0)], 'zz', 'No theme "zz" in the codebook'],
    ['a cycle', [theme('a', '甲', 'b', 0), theme('b', '乙', 'a', 0)], 'a', 'Theme "a" is nested in a cycle through a'],
  ])('refuses %s', (_, themes, id, message) => {
    expect(() => themePath(themes, id)).toThrow(new RangeError(message));
  });
});
