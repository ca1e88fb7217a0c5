import { describe, expect, it } from 'vitest';
import { checkCodebook } from './check-codebook';
import { SAMPLE, theme } from './fixtures/sample-codebook';
import type { Theme } from './theme';

describe('checkCodebook', () => {
  it('accepts the sample codebook and an empty one', () => {
    expect(() => checkCodebook(SAMPLE.themes)).not.toThrow();
    expect(() => checkCodebook([])).not.toThrow();
  });

  it.each<[string, Theme[], string]>([
    ['an empty id', [theme('', '乡村振兴', null, 0)], 'Theme "乡村振兴" has an empty id'],
    ['a repeated id', [theme('a', '甲', null, 0), theme('a', '乙', null, 1)], 'Theme id a is used twice'],
    ['an empty name', [theme('a', ' ', null, 0)], 'Theme a has a name that is empty or not trimmed: " "'],
    ['an untrimmed name', [theme('a', '甲 ', null, 0)], 'Theme a has a name that is empty or not trimmed: "甲 "'],
    ['a bad colour', [theme('a', '甲', null, 0, { color: 'red' })], 'Theme "甲" (a) has colour "red", not of the form #rrggbb'],
    ['an unknown parent', [theme('a', '甲', 'zz', 0)], 'Theme "甲" (a) is nested under zz, which is not in the codebook'],
    ['a theme under itself', [theme('a', '甲', 'a', 0)], 'Theme "甲" (a) is nested under itself'],
    ['a cycle of two', [theme('a', '甲', 'b', 0), theme('b', '乙', 'a', 0)], 'Theme "甲" (a) is nested under itself'],
    ['siblings sharing a name', [theme('a', 'GDP', null, 0), theme('b', 'gdp', null, 1)], 'Themes "GDP" (a) and "gdp" (b) share a name under the top level'],
    ['a gap in the orders', [theme('a', '甲', null, 0), theme('b', '乙', null, 2)], 'The themes under the top level are ordered 0, 2, not 0 to 1'],
    ['a repeated order', [theme('a', '甲', null, 1), theme('b', '乙', null, 1)], 'The themes under the top level are ordered 1, 1, not 0 to 1'],
  ])('refuses %s', (_, themes, message) => {
    expect(() => checkCodebook(themes)).toThrow(new RangeError(message));
  });

  it('allows the same name under different parents', () => {
    expect(() => checkCodebook([theme('a', '甲', null, 0), theme('b', '乙', null, 1), theme('c', '丙', 'a', 0), theme('d', '丙', 'b', 0)])).not.toThrow();
  });
});
