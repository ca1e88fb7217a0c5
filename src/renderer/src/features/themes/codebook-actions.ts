/**
 * Codebook changes as undoable actions. Core's operations compute a change
 * and its exact inverse from the codebook they are given; here the codebook
 * is read and the change written inside one transaction over themes and
 * highlights, so a merge moves every highlight or none, and a change made on
 * a stale view of the codebook cannot happen.
 */
import { applyCodebookEdit, invertCodebookChange, themeWrites, type CodebookChange, type CodebookEdit } from '../../../../core/themes/codebook-change';
import type { Codebook } from '../../../../core/themes/theme';
import { themeSubtree } from '../../../../core/themes/theme-subtree';
import type { HighlightRecord, LibraryDatabase } from '../../db/db';
import type { MessageKey } from '../../i18n/messages';
import type { UndoableAction } from '../annotate/undo-history';

/** A core codebook operation with its arguments bound: `(codebook) => mergeThemes(codebook, a, b)`. */
export type CodebookOperation = (codebook: Codebook) => CodebookChange;

/** Writes an edit (themes as they become, highlights' new theme ids) in the caller's transaction. */
async function writeEdit(db: LibraryDatabase, edit: CodebookEdit, now: string): Promise<void> {
  const before = await db.themes.toArray();
  const { put, remove } = themeWrites(before, edit.themes);
  if (remove.length > 0) await db.themes.bulkDelete(remove);
  if (put.length > 0) await db.themes.bulkPut(put);
  if (edit.highlights.length === 0) return;
  const stored = await db.highlights.bulkGet(edit.highlights.map((assignment) => assignment.id));
  const present = stored.filter((highlight): highlight is HighlightRecord => highlight !== undefined);
  const changed = applyCodebookEdit(present, edit).map((highlight) => ({ ...highlight, updatedAt: now }));
  await db.highlights.bulkPut(changed);
}

/**
 * An action that runs `operation` on the stored codebook. `removing` names the
 * themes the operation may take away (merge source, deleted theme): the
 * highlights carrying them or any theme nested under them are read for it.
 * A RangeError from the operation (a name taken, a merge into a descendant)
 * rejects `apply` and nothing is written.
 */
export function codebookAction(db: LibraryDatabase, label: MessageKey, operation: CodebookOperation, removing: readonly string[] = []): UndoableAction {
  let change: CodebookChange | null = null;
  return {
    label,
    apply: () =>
      db.transaction('rw', db.themes, db.highlights, async () => {
        const now = new Date().toISOString();
        if (change) return writeEdit(db, change, now);
        const themes = await db.themes.toArray();
        const affected = [...new Set(removing.flatMap((id) => themeSubtree(themes, id)))];
        const highlights = affected.length === 0 ? [] : await db.highlights.where('themeIds').anyOf(affected).distinct().toArray();
        const computed = operation({ themes, highlights });
        await writeEdit(db, computed, now);
        change = computed;
      }),
    revert: () =>
      db.transaction('rw', db.themes, db.highlights, async () => {
        if (!change) throw new RangeError('codebookAction: reverted before it was applied');
        await writeEdit(db, invertCodebookChange(change), new Date().toISOString());
      }),
  };
}
