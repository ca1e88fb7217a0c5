import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../db/db';
import { reportRecord } from '../../db/fixtures/report-record';
import { addHighlight } from '../annotate/highlight-actions';
import { UndoHistory } from '../annotate/undo-history';
import { deleteReport } from '../library/delete-report';
import { addHighlights, suggestionHighlight } from './accept-suggestions';
import { findSuggestions } from './find-suggestions';
import { RURAL, SAFETY, SUGGESTION_TEXTS } from './fixtures/suggestion-library';

const NOW = new Date('2026-05-01T08:00:00Z');

let db: LibraryDatabase;
let history: UndoHistory;
let n = 0;
beforeEach(async () => {
  db = new LibraryDatabase(`accept-suggestions-${++n}`);
  history = new UndoHistory();
  await db.reportTexts.bulkAdd(SUGGESTION_TEXTS);
  await db.reports.bulkAdd(SUGGESTION_TEXTS.map(({ reportId }) => reportRecord({ id: reportId, title: `${reportId}号报告` })));
});
afterEach(async () => {
  await db.delete();
});

describe('accepting suggestions', () => {
  async function found() {
    return (await findSuggestions(db, { reportIds: ['r1', 'r2', 'r3'], themes: [RURAL, SAFETY], passages: [], limit: 100 })).suggestions;
  }

  it('makes an ordinary highlight of the sentence with the theme', async () => {
    const [first] = await found();
    const record = suggestionHighlight(first!, 'h1', NOW);
    expect(record).toEqual({
      id: 'h1',
      reportId: 'r1',
      themeIds: ['rural'],
      note: '',
      selectors: first!.selectors,
      textHash: first!.textHash,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await history.perform(addHighlight(db, record));
    expect(await db.highlights.get('h1')).toEqual(record);
    await history.undo();
    expect(await db.highlights.count()).toBe(0);
  });

  it('accepts many as one step of the undo history', async () => {
    const suggestions = await found();
    const records = suggestions.map((s, i) => suggestionHighlight(s, `h${i}`, NOW));
    await history.perform(addHighlights(db, records));
    expect(history.getSnapshot().undo).toBe('history.acceptSuggestions');
    expect(await db.highlights.count()).toBe(5);
    await history.undo();
    expect(await db.highlights.count()).toBe(0);
    expect(history.getSnapshot().undo).toBeNull();
    await history.redo();
    expect(await db.highlights.orderBy('id').toArray()).toEqual(records);
  });

  it('takes back only what it added', async () => {
    const suggestions = await found();
    await db.highlights.add(suggestionHighlight(suggestions[0]!, 'mine', NOW));
    await history.perform(addHighlights(db, suggestions.slice(1).map((s, i) => suggestionHighlight(s, `h${i}`, NOW))));
    await history.undo();
    expect((await db.highlights.toArray()).map((h) => h.id)).toEqual(['mine']);
  });

  it('leaves out the suggestions of a report deleted since they were found', async () => {
    const suggestions = await found();
    await deleteReport(db, 'r1');
    await history.perform(addHighlights(db, suggestions.map((s, i) => suggestionHighlight(s, `h${i}`, NOW))));
    const stored = await db.highlights.toArray();
    expect(stored.length).toBe(suggestions.filter((s) => s.reportId !== 'r1').length);
    expect(stored.every((h) => h.reportId !== 'r1')).toBe(true);
  });

  it('adds all or none', async () => {
    const suggestions = await found();
    const good = suggestionHighlight(suggestions[0]!, 'ok', NOW);
    const bad = { ...suggestionHighlight(suggestions[1]!, 'bad', NOW), id: undefined as unknown as string };
    await expect(history.perform(addHighlights(db, [good, bad]))).rejects.toThrow();
    expect(await db.highlights.count()).toBe(0);
    expect(history.getSnapshot().undo).toBeNull();
  });
});
