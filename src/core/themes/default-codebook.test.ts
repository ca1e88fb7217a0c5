import { describe, expect, it } from 'vitest';
import codebookJson from '../../../resources/codebook.json';
import { checkCodebook } from './check-codebook';
import { defaultCodebook } from './default-codebook';

const THEMES = defaultCodebook(codebookJson);

/** sRGB `#rrggbb` → OKLab, where Euclidean distance tracks how different colours look. */
function oklab(color: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(color.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}

const distance = (a: string, b: string): number => Math.hypot(...oklab(a).map((value, axis) => value - (oklab(b)[axis] ?? 0)));

/** WCAG contrast ratio of black text over the colour. */
function contrastWithBlack(color: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(color.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05;
}

describe('the default codebook', () => {
  it('loads twelve top-level themes, ordered 0 to 11, that make a valid codebook', () => {
    expect(THEMES.map((theme) => theme.name)).toEqual([
      '乡村振兴', '产业发展', '安全生产', '生态环保', '民生保障', '基层治理', '基础设施', '营商环境与招商引资', '疫情防控', '党的建设与作风', '文化旅游', '教育医疗',
    ]);
    expect(THEMES.map((theme) => theme.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(THEMES.every((theme) => theme.parentId === null)).toBe(true);
    expect(() => checkCodebook(THEMES)).not.toThrow();
  });

  it('has unique ids, names and colours, and stable ids in lower-case words', () => {
    for (const field of ['id', 'name', 'color'] as const) expect(new Set(THEMES.map((theme) => theme[field])).size).toBe(12);
    for (const theme of THEMES) expect(theme.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(THEMES[0]?.id).toBe('rural-revitalisation');
  });

  it('gives every theme a one-sentence description and 6 to 15 keywords, no keyword in two themes', () => {
    for (const theme of THEMES) {
      expect(theme.description).toMatch(/^[^。]+。$/u);
      expect(theme.keywords.length).toBeGreaterThanOrEqual(6);
      expect(theme.keywords.length).toBeLessThanOrEqual(15);
      expect(new Set(theme.keywords).size).toBe(theme.keywords.length);
    }
    const all = THEMES.flatMap((theme) => theme.keywords);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives 乡村振兴 the terms an analyst expects of it', () => {
    expect(THEMES.find((theme) => theme.name === '乡村振兴')?.keywords).toEqual(expect.arrayContaining(['乡村振兴', '脱贫', '返贫', '农村人居环境', '高标准农田', '集体经济', '粮食']));
  });

  it('has colours pale enough for black text, far enough from white to show, and apart from each other', () => {
    for (const { color } of THEMES) {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithBlack(color)).toBeGreaterThanOrEqual(10);
      expect(distance(color, '#ffffff')).toBeGreaterThanOrEqual(0.08);
    }
    for (const [i, a] of THEMES.entries()) for (const b of THEMES.slice(i + 1)) expect(distance(a.color, b.color), `${a.name} vs ${b.name}`).toBeGreaterThanOrEqual(0.045);
  });
});

describe('defaultCodebook', () => {
  const entry = { id: 'a', name: '甲', color: '#d0f19c', description: '甲类。', keywords: ['甲'] };

  it('reads nested entries, ordering each group by position', () => {
    const themes = defaultCodebook({ themes: [entry, { ...entry, id: 'b', name: '乙' }, { ...entry, id: 'c', name: '丙', parentId: 'a' }, { ...entry, id: 'd', name: '丁', parentId: 'a' }] });
    expect(themes.map((theme) => `${theme.id}:${theme.parentId ?? '-'}:${theme.order}`)).toEqual(['a:-:0', 'b:-:1', 'c:a:0', 'd:a:1']);
  });

  it.each<[string, unknown, string]>([
    ['a list', [], 'A codebook file is an object with a themes list, not a list'],
    ['null', null, 'A codebook file is an object with a themes list, not null'],
    ['no themes', { version: 1 }, "The codebook file's themes are missing, not a list"],
    ['another version', { version: 2, themes: [] }, 'Codebook file version 2 is not one this app reads (1)'],
    ['an unknown field', { theme: [] }, 'The codebook file has unknown field(s): theme'],
    ['an entry that is a string', { themes: ['甲'] }, 'Codebook entry 0 is a string, not an object'],
    ['an entry that is a list', { themes: [[entry]] }, 'Codebook entry 0 is a list, not an object'],
    ['a name that is an object', { themes: [{ ...entry, name: { zh: '甲' } }] }, 'Codebook entry 0: name is an object, not a string'],
    ['a misspelt field', { themes: [{ ...entry, colour: '#ffffff' }] }, 'Codebook entry 0 (甲) has unknown field(s): colour'],
    ['a missing colour', { themes: [{ ...entry, color: undefined }] }, 'Codebook entry 0 (甲): color is missing, not a string'],
    ['a numeric id', { themes: [entry, { ...entry, id: 7, name: '乙' }] }, 'Codebook entry 1 (乙): id is a number, not a string'],
    ['keywords that are not a list', { themes: [{ ...entry, keywords: '甲' }] }, 'Codebook entry 0 (甲): keywords must be a list of non-empty strings'],
    ['an empty keyword', { themes: [{ ...entry, keywords: ['甲', ' '] }] }, 'Codebook entry 0 (甲): keywords must be a list of non-empty strings'],
    ['a numeric parent', { themes: [{ ...entry, parentId: 1 }] }, 'Codebook entry 0 (甲): parentId is a number, not a string or null'],
    ['a bad colour', { themes: [{ ...entry, color: '#D0F19' }] }, 'Theme "甲" (a) has colour "#D0F19", not of the form #rrggbb'],
    ['a repeated id', { themes: [entry, { ...entry, name: '乙' }] }, 'Theme id a is used twice'],
    ['a repeated name', { themes: [entry, { ...entry, id: 'b' }] }, 'Themes "甲" (a) and "甲" (b) share a name under the top level'],
    ['an unknown parent', { themes: [{ ...entry, parentId: 'zz' }] }, 'Theme "甲" (a) is nested under zz, which is not in the codebook'],
  ])('refuses %s', (_, json, message) => {
    expect(() => defaultCodebook(json)).toThrow(new RangeError(message));
  });
});
