import { describe, expect, it } from 'vitest';
import { SAMPLE_THEMES as themes, sampleExcerpt } from '../fixtures/sample-excerpts';
import type { Excerpt } from './excerpt';
import { groupByTheme } from './group-by-theme';

const excerpt = (id: string, themeIds: string[]): Excerpt => sampleExcerpt(id, `段落${id}`, { themeIds });
const ids = (list: readonly Excerpt[]) => list.map((e) => e.highlightId);

describe('groupByTheme', () => {
  const excerpts = [excerpt('a', ['safety', 'rural']), excerpt('b', ['grain']), excerpt('c', []), excerpt('d', ['gone'])];

  it('groups in the codebook tree order, an excerpt in each of its themes, the unthemed last', () => {
    const groups = groupByTheme(excerpts, themes);
    expect(groups.map((g) => [g.path.join(' › '), g.depth, ids(g.excerpts)])).toEqual([
      ['乡村振兴', 0, ['a']],
      ['乡村振兴 › 粮食安全', 1, ['b']],
      ['安全生产', 0, ['a']],
      ['', 0, ['c', 'd']],
    ]);
    expect(groups.at(-1)?.theme).toBeNull();
  });

  it('takes child themes into their parent on demand, each excerpt once and in the given order', () => {
    const groups = groupByTheme([excerpt('b', ['grain']), excerpt('a', ['rural', 'grain'])], themes, { includeChildren: true });
    expect(groups.map((g) => [g.theme?.id, ids(g.excerpts)])).toEqual([
      ['rural', ['b', 'a']],
      ['grain', ['b', 'a']],
    ]);
  });

  it('keeps empty themes when asked, so the outline follows the codebook', () => {
    expect(groupByTheme([], themes, { keepEmpty: true }).map((g) => [g.theme?.id, g.excerpts.length])).toEqual([
      ['rural', 0],
      ['grain', 0],
      ['safety', 0],
      ['culture', 0],
    ]);
  });

  it('gives nothing for no excerpts', () => {
    expect(groupByTheme([], themes)).toEqual([]);
  });
});
