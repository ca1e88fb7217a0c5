/**
 * Accepting coding suggestions: each becomes an ordinary highlight of its
 * sentence with its theme. One is added with the annotate feature's
 * `addHighlight`; many at once with `addHighlights`, one transaction and one
 * step of the undo history, so a single Ctrl+Z takes back a bulk accept.
 */
import type { HighlightRecord, LibraryDatabase } from '../../db/db';
import { highlightsWithReport } from '../annotate/highlights-with-report';
import type { UndoableAction } from '../annotate/undo-history';
import type { FoundSuggestion } from './found-suggestion';

/** The highlight accepting `suggestion` makes: its sentence, its theme, no note. */
export function suggestionHighlight(suggestion: FoundSuggestion, id: string, now: Date): HighlightRecord {
  const time = now.toISOString();
  return {
    id,
    reportId: suggestion.reportId,
    themeIds: [suggestion.themeId],
    note: '',
    selectors: suggestion.selectors,
    textHash: suggestion.textHash,
    createdAt: time,
    updatedAt: time,
  };
}

/**
 * Adds `highlights` in one transaction (all or none), as one undoable action:
 * undo removes exactly these, redo puts them back as they were. Those whose
 * report was deleted after the suggestions were found are left out, in the
 * same transaction (`highlightsWithReport`).
 */
export function addHighlights(db: LibraryDatabase, highlights: readonly HighlightRecord[]): UndoableAction {
  const records = [...highlights];
  const ids = records.map((highlight) => highlight.id);
  return {
    label: 'history.acceptSuggestions',
    apply: () =>
      db.transaction('rw', db.reports, db.highlights, async () => {
        const held = await highlightsWithReport(db, records);
        if (held.length > 0) await db.highlights.bulkPut(held);
      }),
    revert: () => db.transaction('rw', db.highlights, () => db.highlights.bulkDelete(ids)),
  };
}
