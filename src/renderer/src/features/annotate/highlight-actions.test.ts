import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../core/anchoring/describe-range';
import { LibraryDatabase, type HighlightRecord } from '../../db/db';
import { reportRecord } from '../../db/fixtures/report-record';
import { deleteReport } from '../library/delete-report';
import { addHighlight, editHighlight, removeHighlights, toggleTheme, withNote } from './highlight-actions';
import { UndoHistory } from './undo-history';

const TEXT = '兜牢脱贫底线。严格落实“四个不摘”政策要求，健全完善防返贫动态监测和帮扶机制。';
const NOW = new Date('2026-05-01T08:00:00Z');

function highlight(id: string, start: number, end: number, themeIds: string[] = ['rural']): HighlightRecord {
  return {
    id,
    reportId: 'r1',
    themeIds,
    note: '',
    selectors: describeRange(TEXT, start, end),
    textHash: 'f'.repeat(64),
    createdAt: '2026-04-01T00:00:00.000Z',
    updatedAt: '2026-04-01T00:00:00.000Z',
  };
}

let db: LibraryDatabase;
let history: UndoHistory;
let n = 0;
beforeEach(async () => {
  db = new LibraryDatabase(`highlight-actions-${++n}`);
  history = new UndoHistory();
  await db.reports.add(reportRecord({ id: 'r1', title: '清溪镇2025年政府工作报告' }));
});
afterEach(async () => {
  await db.delete();
});

describe('highlight actions', () => {
  it('adds a highlight, undoes it, redoes it', async () => {
    const made = highlight('h1', 0, 7);
    await history.perform(addHighlight(db, made));
    expect(await db.highlights.toArray()).toEqual([made]);
    await history.undo();
    expect(await db.highlights.count()).toBe(0);
    await history.redo();
    expect(await db.highlights.toArray()).toEqual([made]);
  });

  it('edits what is stored, not a stale copy: a note then a theme both stay', async () => {
    await db.highlights.add(highlight('h1', 0, 7));
    // Asked for together, as a click on a theme chip saves the note field it leaves.
    await Promise.all([
      history.perform(editHighlight(db, 'h1', (h) => withNote(h, '帮扶落实到位  ', NOW), 'history.editNote')),
      history.perform(editHighlight(db, 'h1', (h) => toggleTheme(h, 'safety', NOW), 'history.addTheme')),
    ]);
    expect(await db.highlights.get('h1')).toMatchObject({ note: '帮扶落实到位', themeIds: ['rural', 'safety'], updatedAt: NOW.toISOString() });
    await history.undo();
    expect(await db.highlights.get('h1')).toMatchObject({ note: '帮扶落实到位', themeIds: ['rural'] });
    await history.undo();
    expect(await db.highlights.get('h1')).toEqual(highlight('h1', 0, 7));
    await history.redo();
    await history.redo();
    expect(await db.highlights.get('h1')).toMatchObject({ note: '帮扶落实到位', themeIds: ['rural', 'safety'] });
  });

  it('refuses to edit a highlight that is gone, writing nothing and keeping nothing to undo', async () => {
    await expect(history.perform(editHighlight(db, 'nope', (h) => h, 'history.editNote'))).rejects.toThrow(/not in the library/);
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('removes several highlights at once and brings them all back', async () => {
    const kept = [highlight('h1', 0, 7), highlight('h2', 8, 20, ['safety']), highlight('h3', 3, 12, [])];
    await db.highlights.bulkAdd(kept);
    await history.perform(removeHighlights(db, kept.slice(0, 2)));
    expect((await db.highlights.toArray()).map((h) => h.id)).toEqual(['h3']);
    await history.undo();
    expect(await db.highlights.orderBy('id').toArray()).toEqual(kept);
  });

  it('never brings a highlight back to a report deleted since: undo and redo go on, writing nothing for it', async () => {
    const made = highlight('h1', 0, 7);
    const other = highlight('h2', 8, 20);
    await history.perform(addHighlight(db, made));
    await history.perform(removeHighlights(db, [made]));
    await history.perform(addHighlight(db, { ...other, reportId: 'r2' }));
    await deleteReport(db, 'r1');
    await expect(history.undo()).resolves.toBe('history.addHighlight');
    await expect(history.undo()).resolves.toBe('history.removeHighlight');
    expect(await db.highlights.count()).toBe(0);
    await expect(history.redo()).resolves.toBe('history.removeHighlight');
    expect(await db.highlights.count()).toBe(0);
  });

  it('does not add a highlight to a report that is no longer in the library', async () => {
    await history.perform(addHighlight(db, { ...highlight('h1', 0, 7), reportId: 'gone' }));
    expect(await db.highlights.count()).toBe(0);
  });

  it('toggles a theme on and off, and leaves it on when only adding', () => {
    const h = highlight('h1', 0, 7, ['rural']);
    expect(toggleTheme(h, 'safety', NOW).themeIds).toEqual(['rural', 'safety']);
    expect(toggleTheme(h, 'rural', NOW).themeIds).toEqual([]);
    expect(toggleTheme(h, 'rural', NOW, 'add')).toBe(h);
  });
});
