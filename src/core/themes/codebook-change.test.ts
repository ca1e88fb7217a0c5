import { describe, expect, it } from 'vitest';
import { applyCodebookEdit, invertCodebookChange, themeWrites } from './codebook-change';
import { createTheme, renameTheme } from './codebook-operations';
import { SAMPLE, applied, theme } from './fixtures/sample-codebook';
import { deleteTheme, mergeThemes } from './theme-removal';

describe('invertCodebookChange', () => {
  it.each([
    ['a rename', () => renameTheme(SAMPLE, 'rural', '乡村建设')],
    ['a merge', () => mergeThemes(SAMPLE, 'rural', 'ecology')],
    ['a deletion', () => deleteTheme(SAMPLE, 'rural', { kind: 'drop' })],
  ])('undoes %s, and its inverse redoes it', (_, run) => {
    const change = run();
    const done = applied(SAMPLE, change);
    const undo = invertCodebookChange(change);
    expect(applied(done, undo)).toStrictEqual(SAMPLE);
    expect(applied(applied(done, undo), invertCodebookChange(undo))).toStrictEqual(done);
    expect(invertCodebookChange(undo)).toStrictEqual(change);
  });
});

describe('applyCodebookEdit', () => {
  it('copies the listed highlights with their new themes and keeps the rest as they are', () => {
    const highlights = [
      { id: 'a', themeIds: ['x'], note: '甲' },
      { id: 'b', themeIds: ['y'], note: '乙' },
    ];
    const next = applyCodebookEdit(highlights, { themes: [], highlights: [{ id: 'a', themeIds: ['z'] }, { id: 'gone', themeIds: [] }] });
    expect(next).toEqual([
      { id: 'a', themeIds: ['z'], note: '甲' },
      { id: 'b', themeIds: ['y'], note: '乙' },
    ]);
    expect(next[1]).toBe(highlights[1]);
    expect(highlights[0]?.themeIds).toEqual(['x']);
  });
});

describe('themeWrites', () => {
  it.each([
    ['nothing changed', () => SAMPLE.themes, [], []],
    ['a created theme', () => createTheme(SAMPLE, { id: 'n', name: '文化旅游', color: '#eab3fb' }).themes, ['n'], []],
    ['a rename', () => renameTheme(SAMPLE, 'rural', '乡村建设').themes, ['rural'], []],
    ['a deletion that renumbers and moves children', () => deleteTheme(SAMPLE, 'rural', { kind: 'drop' }).themes, ['grain', 'rural-living', 'industry', 'safety', 'ecology'], ['rural']],
    ['a keyword list changed in place', () => SAMPLE.themes.map((t) => (t.id === 'safety' ? { ...t, keywords: ['消防'] } : t)), ['safety'], []],
    ['an equal copy', () => SAMPLE.themes.map((t) => theme(t.id, t.name, t.parentId, t.order, { keywords: [...t.keywords] })), [], []],
  ])('%s', (_, after, put, remove) => {
    const writes = themeWrites(SAMPLE.themes, after());
    expect(writes.put.map((t) => t.id)).toEqual(put);
    expect(writes.remove).toEqual(remove);
  });
});
