import { describe, expect, it } from 'vitest';
import { theme, THEMES } from './fixtures/codebook';
import { themeRows } from './theme-rows';

describe('themeRows', () => {
  it('gives every theme a row of its own, in the order given', () => {
    const rows = themeRows(THEMES, false);
    expect(rows.ids).toEqual(['rural', 'grain', 'homes', 'safety', 'green']);
    expect(rows.members).toEqual([['rural'], ['grain'], ['homes'], ['safety'], ['green']]);
    expect(rows.rowOf.get('homes')).toBe(2);
  });

  it('rolls nested themes into their top-level theme, at any depth', () => {
    const deep = [...THEMES, theme('seeds', '种业', 'grain')];
    const rows = themeRows(deep, true);
    expect(rows.ids).toEqual(['rural', 'safety', 'green']);
    expect(rows.members[0]).toEqual(['rural', 'grain', 'homes', 'seeds']);
    expect(rows.rowOf.get('seeds')).toBe(0);
    expect(rows.rowOf.get('green')).toBe(2);
  });

  it('takes a theme whose parent is missing for a top-level one, and a child listed before its parent', () => {
    const rows = themeRows([theme('grain', '粮食安全', 'rural'), theme('lost', '孤儿', 'gone'), theme('rural', '乡村振兴')], true);
    expect(rows.ids).toEqual(['lost', 'rural']);
    expect(rows.members).toEqual([['lost'], ['rural', 'grain']]);
  });

  it('refuses a cycle of parents', () => {
    expect(() => themeRows([theme('a', 'A', 'b'), theme('b', 'B', 'a')], true)).toThrow(RangeError);
  });
});
