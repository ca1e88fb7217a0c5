import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../core/themes/theme';
import { isThemeColor } from '../../../../core/themes/theme-fields';
import { nextThemeColor, THEME_PALETTE } from './theme-palette';

const coloured = (color: string, index: number): Theme => ({ id: `t${index}`, name: `主题${index}`, color, description: '', keywords: [], parentId: null, order: index });

describe('the theme palette', () => {
  it('holds distinct colours a theme may have', () => {
    expect(new Set(THEME_PALETTE).size).toBe(THEME_PALETTE.length);
    for (const color of THEME_PALETTE) expect(isThemeColor(color) && color === color.toLowerCase()).toBe(true);
  });

  it('offers a new theme the first colour no theme has yet', () => {
    expect(nextThemeColor([])).toBe(THEME_PALETTE[0]);
    expect(nextThemeColor([THEME_PALETTE[0], THEME_PALETTE[2], '#123456'].map((color, i) => coloured(color ?? '', i)))).toBe(THEME_PALETTE[1]);
  });

  it('offers the least used colour once every colour is taken', () => {
    const themes = [...THEME_PALETTE, ...THEME_PALETTE.filter((color) => color !== THEME_PALETTE[3])].map(coloured);
    expect(nextThemeColor(themes)).toBe(THEME_PALETTE[3]);
  });
});
