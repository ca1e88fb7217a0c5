/**
 * The coding actions on highlights (add, change themes, change the note,
 * remove), each an `UndoableAction` that writes in one transaction. An action
 * records the highlights as they were before it and as they are after, so
 * undo puts back exactly the records it found, ids and times included; a
 * highlight whose report has been deleted since is not put back (see
 * `highlightsWithReport`).
 */
import type { HighlightRecord, LibraryDatabase } from '../../db/db';
import type { MessageKey } from '../../i18n/messages';
import { highlightsWithReport } from './highlights-with-report';
import type { UndoableAction } from './undo-history';

/** Replaces the stored highlights `before` (by id) with those of `after` whose report is in the library: one transaction. */
async function swapHighlights(db: LibraryDatabase, before: readonly HighlightRecord[], after: readonly HighlightRecord[]): Promise<void> {
  const kept = new Set(after.map((highlight) => highlight.id));
  await db.transaction('rw', db.reports, db.highlights, async () => {
    const gone = before.filter((highlight) => !kept.has(highlight.id)).map((highlight) => highlight.id);
    if (gone.length > 0) await db.highlights.bulkDelete(gone);
    const held = await highlightsWithReport(db, after);
    if (held.length > 0) await db.highlights.bulkPut(held);
  });
}

/** An action that turns the highlights `before` into `after`. */
function highlightAction(db: LibraryDatabase, label: MessageKey, before: readonly HighlightRecord[], after: readonly HighlightRecord[]): UndoableAction {
  return {
    label,
    apply: () => swapHighlights(db, before, after),
    revert: () => swapHighlights(db, after, before),
  };
}

/** Adds a new highlight. */
export function addHighlight(db: LibraryDatabase, highlight: HighlightRecord): UndoableAction {
  return highlightAction(db, 'history.addHighlight', [], [highlight]);
}

/**
 * Changes one stored highlight with `update` (its themes, its note). The
 * highlight is read inside the action's transaction, so two actions asked for
 * in quick succession (a note saved as a theme is clicked) each build on what
 * the other stored; redo writes exactly what the first apply wrote.
 */
export function editHighlight(db: LibraryDatabase, id: string, update: (highlight: HighlightRecord) => HighlightRecord, label: MessageKey): UndoableAction {
  let done: { before: HighlightRecord; after: HighlightRecord } | null = null;
  return {
    label,
    apply: async () => {
      if (done) return swapHighlights(db, [done.before], [done.after]);
      await db.transaction('rw', db.highlights, async () => {
        const before = await db.highlights.get(id);
        if (!before) throw new RangeError(`editHighlight: highlight ${id} is not in the library`);
        const after = update(before);
        if (after.id !== id) throw new RangeError(`editHighlight: the update turned highlight ${id} into ${after.id}`);
        await db.highlights.put(after);
        done = { before, after };
      });
    },
    revert: async () => {
      if (!done) throw new RangeError('editHighlight: reverted before it was applied');
      await swapHighlights(db, [done.after], [done.before]);
    },
  };
}

/** Removes highlights (one, or every orphan the analyst chose to let go). */
export function removeHighlights(db: LibraryDatabase, highlights: readonly HighlightRecord[]): UndoableAction {
  return highlightAction(db, 'history.removeHighlight', highlights, []);
}

/**
 * The highlight with `themeId` added (at the end) or taken off, `updatedAt`
 * set; with `only` 'add' a theme it has stays on.
 */
export function toggleTheme(highlight: HighlightRecord, themeId: string, now: Date, only?: 'add'): HighlightRecord {
  const has = highlight.themeIds.includes(themeId);
  if (has && only === 'add') return highlight;
  const themeIds = has ? highlight.themeIds.filter((id) => id !== themeId) : [...highlight.themeIds, themeId];
  return { ...highlight, themeIds, updatedAt: now.toISOString() };
}

/** The highlight with a new note, trimmed at the end, `updatedAt` set. */
export function withNote(highlight: HighlightRecord, note: string, now: Date): HighlightRecord {
  return { ...highlight, note: note.trimEnd(), updatedAt: now.toISOString() };
}
