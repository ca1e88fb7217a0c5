import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTheme, renameTheme } from '../../../../core/themes/codebook-operations';
import type { Theme } from '../../../../core/themes/theme';
import { deleteTheme, mergeThemes } from '../../../../core/themes/theme-removal';
import { LibraryDatabase, type HighlightRecord } from '../../db/db';
import { UndoHistory } from '../annotate/undo-history';
import { codebookAction } from './codebook-actions';

/** A theme of the fixture codebook: name and place, the other fields filled in. */
function theme(id: string, name: string, parentId: string | null, order: number, keywords: string[] = []): Theme {
  return { id, name, color: '#d0f19c', description: `${name}方面的段落。`, keywords, parentId, order };
}

/** A highlight of report r1 carrying `themeIds`, as the library stores it. */
function highlight(id: string, themeIds: string[]): HighlightRecord {
  return {
    id,
    reportId: 'r1',
    themeIds,
    note: '',
    selectors: { position: { start: 0, end: 4 }, quote: { exact: '乡村振兴', prefix: '', suffix: '' } },
    textHash: 'x'.repeat(64),
    createdAt: '2025-12-01T08:00:00.000Z',
    updatedAt: '2025-12-01T08:00:00.000Z',
  };
}

// 乡村振兴 › 粮食安全, 产业发展, 安全生产 › 粮食安全 (a namesake of 乡村振兴's child, in another group).
const THEMES: Theme[] = [
  theme('rural', '乡村振兴', null, 0, ['脱贫', '粮食']),
  theme('grain', '粮食安全', 'rural', 0, ['耕地']),
  theme('industry', '产业发展', null, 1, ['工业']),
  theme('safety', '安全生产', null, 2, ['隐患']),
  theme('safety-grain', '粮食安全', 'safety', 0),
];

const HIGHLIGHTS: HighlightRecord[] = [
  highlight('h1', ['rural']),
  highlight('h2', ['rural', 'industry']),
  highlight('h3', ['industry', 'rural']),
  highlight('h4', ['grain']),
  highlight('h5', ['safety']),
  highlight('h6', ['safety-grain', 'grain']),
  highlight('h7', []),
];

/** What the library holds: every theme and every highlight, `updatedAt` left out (a write sets it to now). */
async function stored(db: LibraryDatabase) {
  const themes = await db.themes.toArray();
  const highlights = (await db.highlights.toArray()).map(({ updatedAt: _updatedAt, ...rest }) => rest);
  return { themes, highlights };
}

/** The theme ids of each stored highlight, by highlight id. */
async function assignments(db: LibraryDatabase): Promise<Record<string, string[]>> {
  return Object.fromEntries((await db.highlights.toArray()).map((h) => [h.id, h.themeIds]));
}

let db: LibraryDatabase;
let history: UndoHistory;
let databases = 0;

beforeEach(async () => {
  databases += 1;
  db = new LibraryDatabase(`codebook-actions-${databases}`);
  await db.themes.bulkAdd(THEMES);
  await db.highlights.bulkAdd(HIGHLIGHTS);
  history = new UndoHistory();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/**
 * Performs the action, then undoes and redoes it, checking that undo puts
 * back exactly what was stored before and redo exactly what the action stored.
 * Resolves to what the action stored.
 */
async function performUndoRedo(action: ReturnType<typeof codebookAction>) {
  const before = await stored(db);
  await history.perform(action);
  const after = await stored(db);
  expect(after).not.toEqual(before);
  expect(await history.undo()).toBe(action.label);
  expect(await stored(db)).toEqual(before);
  expect(await history.redo()).toBe(action.label);
  expect(await stored(db)).toEqual(after);
  return after;
}

describe('codebookAction', () => {
  it('creates a theme after its siblings, and undo takes it away again', async () => {
    const after = await performUndoRedo(
      codebookAction(db, 'history.createTheme', (codebook) => createTheme(codebook, { id: 'digital', name: '数字乡村', color: '#B2DBF3', parentId: 'rural' })),
    );
    expect(after.themes.find((t) => t.id === 'digital')).toEqual({ id: 'digital', name: '数字乡村', color: '#b2dbf3', description: '', keywords: [], parentId: 'rural', order: 1 });
    expect(after.highlights).toEqual(HIGHLIGHTS.map(({ updatedAt: _updatedAt, ...rest }) => rest));
  });

  it('renames a theme, and undo gives back the old name', async () => {
    const after = await performUndoRedo(codebookAction(db, 'history.renameTheme', (codebook) => renameTheme(codebook, 'industry', '  产业转型  ')));
    expect(after.themes.find((t) => t.id === 'industry')?.name).toBe('产业转型');
    const byId = (a: Theme, b: Theme) => a.id.localeCompare(b.id);
    expect(after.themes.filter((t) => t.id !== 'industry')).toEqual(THEMES.filter((t) => t.id !== 'industry').sort(byId));
  });

  it('merges a theme: its highlights move to the target, its keywords and children follow, and undo puts everything back', async () => {
    const after = await performUndoRedo(codebookAction(db, 'history.mergeThemes', (codebook) => mergeThemes(codebook, 'rural', 'industry'), ['rural']));
    expect(after.themes.map((t) => t.id).sort()).toEqual(['grain', 'industry', 'safety', 'safety-grain']);
    expect(after.themes.find((t) => t.id === 'industry')).toMatchObject({ keywords: ['工业', '脱贫', '粮食'], order: 0 });
    expect(after.themes.find((t) => t.id === 'grain')).toMatchObject({ parentId: 'industry', order: 0 });
    expect(await assignments(db)).toEqual({ h1: ['industry'], h2: ['industry'], h3: ['industry'], h4: ['grain'], h5: ['safety'], h6: ['safety-grain', 'grain'], h7: [] });
  });

  it('merges a theme whose child meets a namesake under the target, moving that child’s highlights too', async () => {
    await performUndoRedo(codebookAction(db, 'history.mergeThemes', (codebook) => mergeThemes(codebook, 'rural', 'safety'), ['rural']));
    expect((await db.themes.toArray()).map((t) => t.id).sort()).toEqual(['industry', 'safety', 'safety-grain']);
    expect(await assignments(db)).toMatchObject({ h1: ['safety'], h4: ['safety-grain'], h6: ['safety-grain'] });
  });

  it('deletes a theme, dropping it from its highlights and lifting its children into its place', async () => {
    const after = await performUndoRedo(codebookAction(db, 'history.deleteTheme', (codebook) => deleteTheme(codebook, 'rural', { kind: 'drop' }), ['rural']));
    expect(after.themes.map((t) => t.id).sort()).toEqual(['grain', 'industry', 'safety', 'safety-grain']);
    expect(after.themes.find((t) => t.id === 'grain')).toMatchObject({ parentId: null, order: 0 });
    expect(await assignments(db)).toEqual({ h1: [], h2: ['industry'], h3: ['industry'], h4: ['grain'], h5: ['safety'], h6: ['safety-grain', 'grain'], h7: [] });
  });

  it('deletes a theme by merging it into another', async () => {
    await performUndoRedo(codebookAction(db, 'history.deleteTheme', (codebook) => deleteTheme(codebook, 'safety', { kind: 'merge-into', targetId: 'rural' }), ['safety']));
    expect((await db.themes.toArray()).map((t) => t.id).sort()).toEqual(['grain', 'industry', 'rural']);
    expect(await assignments(db)).toMatchObject({ h5: ['rural'], h6: ['grain'], h1: ['rural'] });
  });

  it('undoes several changes in reverse order back to the library as it was', async () => {
    const before = await stored(db);
    await history.perform(codebookAction(db, 'history.renameTheme', (codebook) => renameTheme(codebook, 'rural', '乡村全面振兴')));
    await history.perform(codebookAction(db, 'history.mergeThemes', (codebook) => mergeThemes(codebook, 'industry', 'rural'), ['industry']));
    await history.perform(codebookAction(db, 'history.deleteTheme', (codebook) => deleteTheme(codebook, 'rural', { kind: 'drop' }), ['rural']));
    expect(await db.themes.count()).toBe(3);
    expect(await history.undo()).toBe('history.deleteTheme');
    expect(await history.undo()).toBe('history.mergeThemes');
    expect(await history.undo()).toBe('history.renameTheme');
    expect(await stored(db)).toEqual(before);
  });

  it.each([
    ['a name a sibling has', 'history.renameTheme' as const, () => codebookAction(db, 'history.renameTheme', (codebook) => renameTheme(codebook, 'industry', '乡村振兴')), /already exists/],
    ['an empty name', 'history.createTheme' as const, () => codebookAction(db, 'history.createTheme', (codebook) => createTheme(codebook, { id: 'x', name: '  ', color: '#ffffff' })), /cannot be empty/],
    ['a merge into the theme’s own child', 'history.mergeThemes' as const, () => codebookAction(db, 'history.mergeThemes', (codebook) => mergeThemes(codebook, 'rural', 'grain'), ['rural']), /own descendant/],
    ['a merge into itself', 'history.deleteTheme' as const, () => codebookAction(db, 'history.deleteTheme', (codebook) => deleteTheme(codebook, 'rural', { kind: 'merge-into', targetId: 'rural' }), ['rural']), /into itself/],
  ])('writes nothing and records nothing when refusing %s', async (_case, label, action, message) => {
    const before = await stored(db);
    const refused = action();
    expect(refused.label).toBe(label);
    await expect(history.perform(refused)).rejects.toThrow(RangeError);
    await expect(history.perform(action())).rejects.toThrow(message);
    expect(await stored(db)).toEqual(before);
    expect((await db.highlights.toArray()).map((h) => h.updatedAt)).toEqual(HIGHLIGHTS.map((h) => h.updatedAt));
    expect(await history.undo()).toBeNull();
    expect(history.getSnapshot()).toEqual({ undo: null, redo: null });
  });

  it('keeps the history as it was after a refusal: the change before it is still the one undone', async () => {
    await history.perform(codebookAction(db, 'history.renameTheme', (codebook) => renameTheme(codebook, 'safety', '安全生产与应急')));
    await expect(history.perform(codebookAction(db, 'history.renameTheme', (codebook) => renameTheme(codebook, 'safety', '产业发展')))).rejects.toThrow(RangeError);
    expect(await history.undo()).toBe('history.renameTheme');
    expect((await db.themes.get('safety'))?.name).toBe('安全生产');
  });
});
