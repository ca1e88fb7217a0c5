import { describe, expect, it } from 'vitest';
import { checkCodebook } from './check-codebook';
import type { CodebookChange } from './codebook-change';
import { renameTheme } from './codebook-operations';
import { SAMPLE, applied, assignments, outline } from './fixtures/sample-codebook';
import type { Codebook } from './theme';
import { deleteTheme, mergeThemes } from './theme-removal';

/** What a change leaves, after checking the codebook stays valid and the inverse restores `before` exactly. */
function after(before: Codebook, change: CodebookChange): Codebook {
  checkCodebook(change.themes);
  const next = applied(before, change);
  expect(applied(next, change.inverse)).toStrictEqual(before);
  expect(change.inverse.highlights.map((highlight) => highlight.id)).toEqual(change.highlights.map((highlight) => highlight.id));
  return next;
}

const UNTOUCHED = ['h6:industry', 'h7:'];

describe('mergeThemes', () => {
  it.each<[string, string, string, string, string[]]>([
    [
      'a theme into another, merging their namesake children',
      'rural', 'ecology',
      '产业发展[产业园区] 安全生产 生态环保[农村人居环境, 粮食安全]',
      ['h1:ecology', 'h2:ecology', 'h3:ecology,safety', 'h4:grain,eco-living', 'h5:eco-living', ...UNTOUCHED],
    ],
    [
      'a theme into its sibling',
      'grain', 'rural-living',
      '乡村振兴[农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,safety,rural', 'h4:rural-living', 'h5:rural-living,eco-living', ...UNTOUCHED],
    ],
    [
      'a child into its parent',
      'grain', 'rural',
      '乡村振兴[农村人居环境] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,safety,rural', 'h4:rural,rural-living', 'h5:rural-living,eco-living', ...UNTOUCHED],
    ],
    [
      'namesakes under different parents',
      'rural-living', 'eco-living',
      '乡村振兴[粮食安全] 产业发展[产业园区] 安全生产 生态环保[农村人居环境]',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,safety,rural', 'h4:grain,eco-living', 'h5:eco-living', ...UNTOUCHED],
    ],
    [
      'a parent into a childless theme, which takes its children',
      'industry', 'safety',
      '乡村振兴[粮食安全, 农村人居环境] 安全生产[产业园区] 生态环保[农村人居环境]',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,safety,rural', 'h4:grain,rural-living', 'h5:rural-living,eco-living', 'h6:safety', 'h7:'],
    ],
  ])('%s', (_, source, target, expectedOutline, expectedAssignments) => {
    const next = after(SAMPLE, mergeThemes(SAMPLE, source, target));
    expect(outline(next.themes)).toBe(expectedOutline);
    expect(assignments(next)).toEqual(expectedAssignments);
    expect(next.themes.some((theme) => theme.id === source)).toBe(false);
  });

  it('lists only the highlights it changes, with their previous themes in the inverse', () => {
    const change = mergeThemes(SAMPLE, 'safety', 'ecology');
    expect(change.highlights).toEqual([{ id: 'h3', themeIds: ['ecology', 'rural'] }]);
    expect(change.inverse.highlights).toEqual([{ id: 'h3', themeIds: ['ecology', 'safety', 'rural'] }]);
  });

  it('puts the target in the source’s place when the highlight lacks it', () => {
    const codebook = { ...SAMPLE, highlights: [{ id: 'h', themeIds: ['industry', 'rural', 'safety'] }] };
    expect(mergeThemes(codebook, 'rural', 'ecology').highlights).toEqual([{ id: 'h', themeIds: ['industry', 'ecology', 'safety'] }]);
    expect(mergeThemes(codebook, 'safety', 'industry').highlights).toEqual([{ id: 'h', themeIds: ['industry', 'rural'] }]);
  });

  it('adds the source’s keywords after the target’s, without repeats', () => {
    const change = mergeThemes(SAMPLE, 'rural', 'ecology');
    expect(change.themes.find((theme) => theme.id === 'ecology')?.keywords).toEqual(['污染防治', '粮食', '乡村振兴']);
    expect(change.themes.find((theme) => theme.id === 'eco-living')?.keywords).toEqual(['垃圾分类', '厕所革命']);
  });

  it.each([
    ['rural', 'rural', 'Theme "乡村振兴" cannot be merged into itself'],
    ['rural', 'grain', 'Theme "乡村振兴" cannot be merged into its own descendant "粮食安全"'],
    ['zz', 'rural', 'No theme "zz" in the codebook'],
    ['rural', 'zz', 'No theme "zz" in the codebook'],
  ])('refuses merging %s into %s', (source, target, message) => {
    expect(() => mergeThemes(SAMPLE, source, target)).toThrow(new RangeError(message));
  });
});

describe('deleteTheme', () => {
  const SAFETY_AS_GRAIN: Codebook = { ...SAMPLE, themes: renameTheme(SAMPLE, 'safety', '粮食安全').themes };

  it.each<[string, Codebook, string, string, string[]]>([
    [
      'a parent: its children take its place and its highlights lose it',
      SAMPLE, 'rural',
      '粮食安全 农村人居环境 产业发展[产业园区] 安全生产 生态环保[农村人居环境]',
      ['h1:', 'h2:ecology', 'h3:ecology,safety', 'h4:grain,rural-living', 'h5:rural-living,eco-living', ...UNTOUCHED],
    ],
    [
      'a childless theme from the middle of a highlight’s themes',
      SAMPLE, 'safety',
      '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 生态环保[农村人居环境]',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,rural', 'h4:grain,rural-living', 'h5:rural-living,eco-living', ...UNTOUCHED],
    ],
    [
      'a child',
      SAMPLE, 'eco-living',
      '乡村振兴[粮食安全, 农村人居环境] 产业发展[产业园区] 安全生产 生态环保',
      ['h1:rural', 'h2:rural,ecology', 'h3:ecology,safety,rural', 'h4:grain,rural-living', 'h5:rural-living', ...UNTOUCHED],
    ],
    [
      'a parent whose child is named like a theme where it moves to: the two are merged',
      SAFETY_AS_GRAIN, 'rural',
      '农村人居环境 产业发展[产业园区] 粮食安全 生态环保[农村人居环境]',
      ['h1:', 'h2:ecology', 'h3:ecology,safety', 'h4:safety,rural-living', 'h5:rural-living,eco-living', ...UNTOUCHED],
    ],
  ])('drops %s', (_, before, id, expectedOutline, expectedAssignments) => {
    const next = after(before, deleteTheme(before, id, { kind: 'drop' }));
    expect(outline(next.themes)).toBe(expectedOutline);
    expect(assignments(next)).toEqual(expectedAssignments);
  });

  it.each([
    ['rural', 'ecology'],
    ['grain', 'rural-living'],
    ['industry', 'safety'],
  ])('deletes %s by merging it into %s, as mergeThemes does', (id, targetId) => {
    const change = deleteTheme(SAMPLE, id, { kind: 'merge-into', targetId });
    after(SAMPLE, change);
    expect(change).toStrictEqual(mergeThemes(SAMPLE, id, targetId));
  });

  it.each<[string, Parameters<typeof deleteTheme>[2], string]>([
    ['zz', { kind: 'drop' }, 'No theme "zz" in the codebook'],
    ['zz', { kind: 'merge-into', targetId: 'rural' }, 'No theme "zz" in the codebook'],
    ['rural', { kind: 'merge-into', targetId: 'zz' }, 'No theme "zz" in the codebook'],
    ['rural', { kind: 'merge-into', targetId: 'rural-living' }, 'Theme "乡村振兴" cannot be merged into its own descendant "农村人居环境"'],
  ])('refuses deleting %s with %j', (id, how, message) => {
    expect(() => deleteTheme(SAMPLE, id, how)).toThrow(new RangeError(message));
  });
});
