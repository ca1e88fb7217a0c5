import { describe, expect, it } from 'vitest';
import { checkCodebook } from './check-codebook';
import type { CodebookChange } from './codebook-change';
import { createTheme, describeTheme, moveTheme, recolourTheme, renameTheme, setThemeKeywords, type ThemePlace } from './codebook-operations';
import { SAMPLE, applied, outline, theme } from './fixtures/sample-codebook';
import type { NewTheme } from './theme';

/** The change, after checking that it leaves a valid codebook, touches no highlight, and that its inverse restores SAMPLE exactly. */
function checked(change: CodebookChange): CodebookChange {
  checkCodebook(change.themes);
  expect(change.highlights).toEqual([]);
  expect(change.inverse.highlights).toEqual([]);
  expect(applied(applied(SAMPLE, change), change.inverse)).toStrictEqual(SAMPLE);
  return change;
}

const byId = (change: CodebookChange, id: string) => change.themes.find((theme) => theme.id === id);

describe('createTheme', () => {
  it.each<[string, NewTheme, string]>([
    ['at the top level, after the last', { id: 'n', name: '文化旅游', color: '#eab3fb' }, '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境] 文化旅游'],
    ['under a parent, after its children', { id: 'n', name: '集体经济', color: '#eab3fb', parentId: 'rural' }, '乡村振兴[粮食安全, 农村人居环境, 集体经济] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['under a childless theme', { id: 'n', name: '隐患排查', color: '#eab3fb', parentId: 'safety' }, '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产[隐患排查] 生态环保[农村人居环境]'],
    ['with a name used under another parent', { id: 'n', name: '产业园区', color: '#eab3fb', parentId: 'rural' }, '乡村振兴[粮食安全, 农村人居环境, 产业园区] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
  ])('%s', (_, input, expected) => {
    const change = checked(createTheme(SAMPLE, input));
    expect(outline(change.themes)).toBe(expected);
    expect(change.themes.at(-1)?.id).toBe('n');
  });

  it('trims the name and description, lower-cases the colour and cleans the keywords', () => {
    const change = checked(createTheme(SAMPLE, { id: 'n', name: ' 文化旅游 ', color: '#EAB3FB', description: ' 文旅。 ', keywords: ['景区', ' 景区', '', '游客'] }));
    expect(byId(change, 'n')).toEqual({ id: 'n', name: '文化旅游', color: '#eab3fb', description: '文旅。', keywords: ['景区', '游客'], parentId: null, order: 4 });
  });

  it.each<[string, NewTheme, string]>([
    ['an empty id', { id: '', name: '文化旅游', color: '#eab3fb' }, 'A new theme needs a non-empty id'],
    ['a taken id', { id: 'rural', name: '文化旅游', color: '#eab3fb' }, 'Theme id "rural" is already in the codebook'],
    ['an unknown parent', { id: 'n', name: '文化旅游', color: '#eab3fb', parentId: 'zz' }, 'No theme "zz" in the codebook'],
    ['an empty name', { id: 'n', name: '  ', color: '#eab3fb' }, 'A theme name cannot be empty'],
    ['a sibling’s name', { id: 'n', name: '安全生产', color: '#eab3fb' }, 'A theme named "安全生产" already exists at the top level'],
    ['a bad colour', { id: 'n', name: '文化旅游', color: '#eab' }, 'Theme colour "#eab" is not of the form #rrggbb'],
  ])('refuses %s', (_, input, message) => {
    expect(() => createTheme(SAMPLE, input)).toThrow(new RangeError(message));
  });

  it.each(['gdp', 'ＧＤＰ', ' Gdp '])('refuses %j next to a sibling named GDP', (name) => {
    const withGdp = createTheme(SAMPLE, { id: 'gdp', name: 'GDP', color: '#eab3fb', parentId: 'industry' });
    expect(() => createTheme({ ...SAMPLE, themes: withGdp.themes }, { id: 'n', name, color: '#eab3fb', parentId: 'industry' })).toThrow(
      new RangeError('A theme named "GDP" already exists under "产业发展"'),
    );
  });
});

describe('renameTheme', () => {
  it.each([
    ['rural', '  乡村建设 ', '乡村建设'],
    ['eco-living', '人居环境整治', '人居环境整治'],
    ['safety', '安全生产', '安全生产'],
    ['grain', '农村人居环境 ', null],
    ['eco-living', '粮食安全', '粮食安全'],
  ])('%s → %j', (id, name, stored) => {
    if (stored === null) {
      expect(() => renameTheme(SAMPLE, id, name)).toThrow(new RangeError('A theme named "农村人居环境" already exists under "乡村振兴"'));
      return;
    }
    const change = checked(renameTheme(SAMPLE, id, name));
    expect(byId(change, id)?.name).toBe(stored);
  });

  it('lets a theme change only the case of its own name', () => {
    const withGdp = createTheme(SAMPLE, { id: 'gdp', name: 'gdp', color: '#eab3fb' });
    const renamed = renameTheme({ ...SAMPLE, themes: withGdp.themes }, 'gdp', 'GDP');
    expect(renamed.themes.find((theme) => theme.id === 'gdp')?.name).toBe('GDP');
    expect(() => renameTheme({ ...SAMPLE, themes: renamed.themes }, 'safety', 'ＧＤＰ')).toThrow('A theme named "GDP" already exists at the top level');
  });

  it.each([
    ['rural', '', 'A theme name cannot be empty'],
    ['zz', '新名', 'No theme "zz" in the codebook'],
    ['industry', '生态环保', 'A theme named "生态环保" already exists at the top level'],
  ])('refuses %s → %j', (id, name, message) => {
    expect(() => renameTheme(SAMPLE, id, name)).toThrow(new RangeError(message));
  });
});

describe('recolourTheme, describeTheme, setThemeKeywords', () => {
  it.each<[string, () => CodebookChange, Partial<Record<'color' | 'description' | 'keywords', unknown>>]>([
    ['recolour', () => recolourTheme(SAMPLE, 'rural', '#D0F19C'), { color: '#d0f19c' }],
    ['describe', () => describeTheme(SAMPLE, 'rural', ' 农业农村。 '), { description: '农业农村。' }],
    ['describe as nothing', () => describeTheme(SAMPLE, 'rural', ''), { description: '' }],
    ['set keywords', () => setThemeKeywords(SAMPLE, 'rural', ['脱贫', ' 返贫', '脱贫', '']), { keywords: ['脱贫', '返贫'] }],
    ['clear keywords', () => setThemeKeywords(SAMPLE, 'rural', []), { keywords: [] }],
  ])('%s', (_, run, fields) => {
    const change = checked(run());
    expect(byId(change, 'rural')).toMatchObject(fields);
    expect(change.themes.filter((theme) => theme.id !== 'rural')).toEqual(SAMPLE.themes.filter((theme) => theme.id !== 'rural'));
  });

  it.each<[string, () => CodebookChange, string]>([
    ['a bad colour', () => recolourTheme(SAMPLE, 'rural', 'rgb(0,0,0)'), 'Theme colour "rgb(0,0,0)" is not of the form #rrggbb'],
    ['recolouring an unknown theme', () => recolourTheme(SAMPLE, 'zz', '#ffffff'), 'No theme "zz" in the codebook'],
    ['describing an unknown theme', () => describeTheme(SAMPLE, 'zz', ''), 'No theme "zz" in the codebook'],
    ['keywords for an unknown theme', () => setThemeKeywords(SAMPLE, 'zz', []), 'No theme "zz" in the codebook'],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(new RangeError(message));
  });
});

describe('moveTheme', () => {
  it.each<[string, string, ThemePlace, string]>([
    ['to the front of its siblings', 'ecology', { index: 0 }, '生态环保[农村人居环境] 乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产'],
    ['to the end of its siblings', 'rural', {}, '产业发展[产业园区] 安全生产 生态环保[农村人居环境] 乡村振兴[粮食安全, 农村人居环境]'],
    ['one place on', 'rural', { index: 1 }, '产业发展[产业园区] 乡村振兴[粮食安全, 农村人居环境] 安全生产 生态环保[农村人居环境]'],
    ['nowhere', 'industry', { index: 1 }, '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['among children', 'rural-living', { index: 0 }, '乡村振兴[农村人居环境, 粮食安全] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['under another theme, with its children', 'industry', { parentId: 'rural', index: 1 }, '乡村振兴[粮食安全, 产业发展[产业园区], 农村人居环境] 安全生产 生态环保[农村人居环境]'],
    ['under a childless theme', 'ecology', { parentId: 'safety' }, '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产[生态环保[农村人居环境]]'],
    ['up to the top level', 'grain', { parentId: null, index: 0 }, '粮食安全 乡村振兴[农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]'],
    ['under a descendant of a sibling', 'safety', { parentId: 'parks' }, '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区[安全生产]] 生态环保[农村人居环境]'],
  ])('%s', (_, id, to, expected) => {
    const change = checked(moveTheme(SAMPLE, id, to));
    expect(outline(change.themes)).toBe(expected);
  });

  it.each<[string, string, ThemePlace, string]>([
    ['under itself', 'rural', { parentId: 'rural' }, 'Theme "乡村振兴" cannot be nested under itself'],
    ['under its child', 'rural', { parentId: 'grain' }, 'Theme "乡村振兴" cannot be nested under its own descendant "粮食安全"'],
    ['under another child', 'industry', { parentId: 'parks' }, 'Theme "产业发展" cannot be nested under its own descendant "产业园区"'],
    ['under an unknown theme', 'rural', { parentId: 'zz' }, 'No theme "zz" in the codebook'],
    ['an unknown theme', 'zz', { index: 0 }, 'No theme "zz" in the codebook'],
    ['next to a namesake', 'eco-living', { parentId: 'rural' }, 'A theme named "农村人居环境" already exists under "乡村振兴"'],
    ['past the end', 'rural', { index: 4 }, 'Index 4 is not a place among 3 sibling theme(s): give a whole number from 0 to 3'],
    ['before the start', 'rural', { index: -1 }, 'Index -1 is not a place among 3 sibling theme(s): give a whole number from 0 to 3'],
    ['between places', 'rural', { index: 1.5 }, 'Index 1.5 is not a place among 3 sibling theme(s): give a whole number from 0 to 3'],
  ])('refuses moving %s', (_, id, to, message) => {
    expect(() => moveTheme(SAMPLE, id, to)).toThrow(new RangeError(message));
  });

  it('refuses nesting a theme under a grandchild', () => {
    const deeper = { ...SAMPLE, themes: moveTheme(SAMPLE, 'safety', { parentId: 'parks' }).themes };
    expect(() => moveTheme(deeper, 'industry', { parentId: 'safety' })).toThrow(new RangeError('Theme "产业发展" cannot be nested under its own descendant "安全生产"'));
    expect(outline(moveTheme(deeper, 'parks', { parentId: null }).themes)).toBe('乡村振兴[粮食安全, 农村人居环境] 产业发展 生态环保[农村人居环境] 产业园区[安全生产]');
  });

  it('closes gaps in the orders it reads, in the groups it touches', () => {
    const gappy = { themes: [theme('a', '甲', null, 3), theme('b', '乙', null, 9), theme('c', '丙', 'a', 4)], highlights: [] };
    const created = createTheme(gappy, { id: 'n', name: '丁', color: '#eab3fb' });
    expect(created.themes.map((t) => `${t.id}:${t.order}`)).toEqual(['a:0', 'b:1', 'c:4', 'n:2']);
    const moved = moveTheme(gappy, 'b', { parentId: 'a', index: 0 });
    expect(moved.themes.map((t) => `${t.id}:${t.parentId ?? '-'}:${t.order}`)).toEqual(['a:-:0', 'b:a:0', 'c:a:1']);
  });

  it('renumbers the group it leaves and the group it joins from 0', () => {
    const change = moveTheme(SAMPLE, 'grain', { parentId: 'industry', index: 0 });
    const orders = change.themes.map((theme) => `${theme.id}:${theme.parentId ?? '-'}:${theme.order}`);
    expect(orders).toEqual(['rural:-:0', 'grain:industry:0', 'rural-living:rural:0', 'industry:-:1', 'parks:industry:1', 'safety:-:2', 'ecology:-:3', 'eco-living:ecology:0']);
  });
});
