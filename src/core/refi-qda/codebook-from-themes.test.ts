import { describe, expect, it } from 'vitest';
import type { Theme } from '../themes/theme';
import { codebookFromThemes, themeGuid } from './codebook-from-themes';
import { isGuid } from './qda-guid';

const theme = (id: string, name: string, parentId: string | null, order: number, extra: Partial<Theme> = {}): Theme => ({
  id, name, color: '#fde68a', description: '', keywords: [], parentId, order, ...extra,
});

describe('codebookFromThemes', () => {
  it('nests codes as the themes are, in their order, with GUIDs, colours, descriptions and keywords', () => {
    const themes = [
      theme('food', '粮食安全', 'rural', 1),
      theme('rural', '乡村振兴', null, 0, { color: '#D0F19C', description: '三农', keywords: ['农田'] }),
      theme('roads', '农村道路', 'rural', 0),
      theme('3f2504e0-4f89-41d3-9a0c-0305e82c3301', '营商环境', null, 1),
    ];
    const { codes } = codebookFromThemes(themes);
    expect(codes.map((code) => code.name)).toEqual(['乡村振兴', '营商环境']);
    expect(codes[0]).toMatchObject({ color: '#d0f19c', description: '三农', keywords: ['农田'], codable: true, guid: themeGuid('rural') });
    expect(codes[0]!.children.map((code) => code.name)).toEqual(['农村道路', '粮食安全']);
    expect(codes[1]!.guid).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(codes.every((code) => isGuid(code.guid))).toBe(true);
  });

  it('gives a theme the same GUID on every export', () => {
    expect(themeGuid('rural')).toBe(themeGuid('rural'));
  });
});
