import { describe, expect, it } from 'vitest';
import type { Theme } from '../themes/theme';
import { mergeCodes, UNNAMED_THEME } from './merge-codes';
import type { QdaCode } from './qda-project';

const theme = (id: string, name: string, parentId: string | null, order: number): Theme => ({
  id, name, color: '#fde68a', description: '原有', keywords: ['旧'], parentId, order,
});
const code = (guid: string, name: string, children: QdaCode[] = [], color: string | null = '#b2dbf3'): QdaCode => ({
  guid, name, color, description: '导入', keywords: ['新', ' 新 ', ''], codable: true, children,
});

function ids(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

describe('mergeCodes', () => {
  const existing = [theme('rural', '乡村振兴', null, 0), theme('food', '粮食安全', 'rural', 0), theme('jobs', '就业', null, 1)];

  it('merges a code into the theme of the same name at the same place, and adds the rest there', () => {
    const codes = [code('c1', ' 乡村振兴 ', [code('c2', '粮食安全'), code('c3', '人居环境')]), code('c4', '粮食安全')];
    const merge = mergeCodes(existing, codes, { newId: ids(), colorFor: () => '#cff3d5' });
    expect(merge.merged).toBe(2);
    expect(Object.fromEntries(merge.themeIdOf)).toEqual({ c1: 'rural', c2: 'food', c3: 'new-1', c4: 'new-2' });
    expect(merge.added).toEqual([
      { id: 'new-1', name: '人居环境', color: '#b2dbf3', description: '导入', keywords: ['新'], parentId: 'rural', order: 1 },
      { id: 'new-2', name: '粮食安全', color: '#b2dbf3', description: '导入', keywords: ['新'], parentId: null, order: 2 },
    ]);
  });

  it('compares names as theme names are compared (NFKC, case)', () => {
    const merge = mergeCodes([theme('gdp', 'GDP', null, 0)], [code('c1', 'ｇｄｐ')], { newId: ids(), colorFor: () => '#cff3d5' });
    expect(merge.themeIdOf.get('c1')).toBe('gdp');
    expect(merge.added).toEqual([]);
  });

  it('gives a code without a colour or a name the palette’s colour and a placeholder name', () => {
    const seen: number[] = [];
    const merge = mergeCodes([], [code('c1', '  ', [], null), code('c2', '乙', [], 'red')], {
      newId: ids(),
      colorFor: (themes) => {
        seen.push(themes.length);
        return '#cff3d5';
      },
    });
    expect(merge.added.map((t) => [t.name, t.color])).toEqual([[UNNAMED_THEME, '#cff3d5'], ['乙', '#cff3d5']]);
    expect(seen).toEqual([0, 1]);
  });

  it('makes two codes of one name at one place into one theme', () => {
    const merge = mergeCodes([], [code('c1', '甲'), code('c2', '甲')], { newId: ids(), colorFor: () => '#cff3d5' });
    expect(merge.added).toHaveLength(1);
    expect(merge.themeIdOf.get('c2')).toBe('new-1');
  });

  it('leaves the codebook it was given alone', () => {
    const copy = structuredClone(existing);
    mergeCodes(existing, [code('c1', '新主题')], { newId: ids(), colorFor: () => '#cff3d5' });
    expect(existing).toEqual(copy);
  });
});
