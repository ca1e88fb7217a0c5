/**
 * What a codebook operation gives back: the codebook as it becomes, the
 * highlights whose themes change, and the edit that undoes both — so the app
 * writes a change in one transaction and keeps its inverse on an undo stack.
 */
import type { Theme, ThemeAssignment } from './theme';

/**
 * One edit to write: every theme of the codebook as it is afterwards (themes
 * not listed are gone), and the new theme ids of each highlight whose
 * assignment the edit sets. Highlights not listed keep theirs.
 */
export interface CodebookEdit {
  themes: Theme[];
  highlights: ThemeAssignment[];
}

/**
 * A codebook operation's result. `themes` and `highlights` are the edit
 * forward; `inverse` is the edit that restores exactly what the operation
 * read: the previous themes (same order, same fields) and the previous theme
 * ids of every highlight the operation changed.
 */
export interface CodebookChange extends CodebookEdit {
  inverse: CodebookEdit;
}

/**
 * The change that undoes `change`, whose own inverse redoes it: what an undo
 * stack pushes onto the redo stack.
 */
export function invertCodebookChange(change: CodebookChange): CodebookChange {
  return {
    themes: change.inverse.themes,
    highlights: change.inverse.highlights,
    inverse: { themes: change.themes, highlights: change.highlights },
  };
}

/**
 * `highlights` with an edit's assignments applied: a listed highlight gets a
 * copy with the edit's `themeIds`, every other one is returned as it is. For
 * keeping an in-memory list in step with what the edit writes to storage.
 */
export function applyCodebookEdit<H extends ThemeAssignment>(highlights: readonly H[], edit: CodebookEdit): H[] {
  const assigned = new Map(edit.highlights.map((assignment) => [assignment.id, assignment.themeIds]));
  return highlights.map((highlight) => {
    const themeIds = assigned.get(highlight.id);
    return themeIds === undefined ? highlight : { ...highlight, themeIds: [...themeIds] };
  });
}

/** True when two themes have the same fields and keywords. */
function sameTheme(a: Theme, b: Theme): boolean {
  return (
    a.name === b.name &&
    a.color === b.color &&
    a.description === b.description &&
    a.parentId === b.parentId &&
    a.order === b.order &&
    a.keywords.length === b.keywords.length &&
    a.keywords.every((keyword, index) => keyword === b.keywords[index])
  );
}

/**
 * The least a store must write to go from the themes `before` to the themes
 * `after` (an edit's `themes`): the themes that are new or differ, to put,
 * and the ids of themes that are gone, to delete.
 */
export function themeWrites(before: readonly Theme[], after: readonly Theme[]): { put: Theme[]; remove: string[] } {
  const previous = new Map(before.map((theme) => [theme.id, theme]));
  const kept = new Set(after.map((theme) => theme.id));
  return {
    put: after.filter((theme) => {
      const old = previous.get(theme.id);
      return old === undefined || !sameTheme(old, theme);
    }),
    remove: before.filter((theme) => !kept.has(theme.id)).map((theme) => theme.id),
  };
}
