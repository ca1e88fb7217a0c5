import { describe, expect, it } from 'vitest';
import { SAMPLE, outline, theme } from './fixtures/sample-codebook';
import type { Theme } from './theme';
import { themeTree } from './theme-tree';

describe('themeTree', () => {
  it.each<[string, Theme[], string]>([
    ['nothing', [], ''],
    ['the sample codebook', [...SAMPLE.themes], '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['themes listed out of order', [...SAMPLE.themes].reverse(), '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['three levels', [theme('a', '甲', null, 0), theme('b', '乙', 'a', 0), theme('c', '丙', 'b', 0)], '甲[乙[丙]]'],
    ['equal orders, by their place in the list', [theme('a', '甲', null, 0), theme('b', '乙', null, 0)], '甲 乙'],
    ['a gap in the orders', [theme('a', '甲', null, 5), theme('b', '乙', null, 1)], '乙 甲'],
    ['a theme whose parent is missing, at the top level', [theme('a', '甲', null, 1), theme('b', '乙', 'gone', 0)], '乙 甲'],
  ])('%s', (_, themes, expected) => {
    expect(outline(themes)).toBe(expected);
  });

  it('holds the themes themselves', () => {
    const [rural] = themeTree(SAMPLE.themes);
    expect(rural?.theme).toBe(SAMPLE.themes[0]);
    expect(rural?.children.map((node) => node.theme.id)).toEqual(['grain', 'rural-living']);
  });

  it.each<[string, Theme[], string]>([
    ['a cycle', [theme('a', '甲', null, 0), theme('b', '乙', 'c', 0), theme('c', '丙', 'b', 0)], 'Themes b, c are nested in a cycle'],
    ['a theme under itself', [theme('a', '甲', 'a', 0)], 'Themes a are nested in a cycle'],
    ['a repeated id', [theme('a', '甲', null, 0), theme('a', '乙', 'a', 0)], 'Theme ids are not unique, so themes cannot be nested by them'],
  ])('refuses %s', (_, themes, message) => {
    expect(() => themeTree(themes)).toThrow(new RangeError(message));
  });
});
