/**
 * The operations that edit themes without touching highlights: create,
 * rename, recolour, describe, set keywords and move. Each reads a codebook
 * and returns a `CodebookChange` (the edit and its exact inverse); a request
 * that would break the codebook throws a RangeError saying why, and nothing
 * is changed. Merge and delete, which reassign highlights, are in
 * `theme-removal.ts`.
 */
import { CodebookDraft } from './codebook-draft';
import type { CodebookChange } from './codebook-change';
import type { Codebook, NewTheme } from './theme';
import { themeColor, themeKeywords, themeName } from './theme-fields';

/**
 * Adds a theme with the caller's id after the last of its siblings (at the
 * top level unless `parentId` names a theme). Refuses an empty or taken id,
 * an unknown parent, an empty name, a name a sibling already has, and a
 * colour that is not `#rrggbb`.
 */
export function createTheme(codebook: Codebook, theme: NewTheme): CodebookChange {
  const draft = new CodebookDraft(codebook);
  if (theme.id === '') throw new RangeError('A new theme needs a non-empty id');
  if (draft.has(theme.id)) throw new RangeError(`Theme id ${JSON.stringify(theme.id)} is already in the codebook`);
  const parentId = theme.parentId ?? null;
  if (parentId !== null) draft.theme(parentId);
  const name = themeName(theme.name);
  draft.refuseNamesake(parentId, name);
  const siblings = draft.children(parentId).map((sibling) => sibling.id);
  draft.append({
    id: theme.id,
    name,
    color: themeColor(theme.color),
    description: (theme.description ?? '').trim(),
    keywords: themeKeywords(theme.keywords ?? []),
    parentId,
    order: siblings.length,
  });
  // Renumbering too keeps the group dense when the orders read had gaps.
  draft.renumber(parentId, [...siblings, theme.id]);
  return draft.change();
}

/**
 * Gives the theme a new name, trimmed. Refuses an empty name and one another
 * theme under the same parent already has (compared case-insensitively);
 * changing only the case of the theme's own name is allowed.
 */
export function renameTheme(codebook: Codebook, id: string, name: string): CodebookChange {
  const draft = new CodebookDraft(codebook);
  const theme = draft.theme(id);
  const trimmed = themeName(name);
  draft.refuseNamesake(theme.parentId, trimmed, id);
  draft.update(id, { name: trimmed });
  return draft.change();
}

/** Gives the theme a new highlight colour, `#rrggbb` (stored in lower case). */
export function recolourTheme(codebook: Codebook, id: string, color: string): CodebookChange {
  const draft = new CodebookDraft(codebook);
  draft.theme(id);
  draft.update(id, { color: themeColor(color) });
  return draft.change();
}

/** Gives the theme a new description, trimmed; an empty one is allowed. */
export function describeTheme(codebook: Codebook, id: string, description: string): CodebookChange {
  const draft = new CodebookDraft(codebook);
  draft.theme(id);
  draft.update(id, { description: description.trim() });
  return draft.change();
}

/**
 * Gives the theme a new keyword list, cleaned as `themeKeywords` cleans it:
 * terms trimmed, empty and repeated terms dropped, order kept.
 */
export function setThemeKeywords(codebook: Codebook, id: string, keywords: readonly string[]): CodebookChange {
  const draft = new CodebookDraft(codebook);
  draft.theme(id);
  draft.update(id, { keywords: themeKeywords(keywords) });
  return draft.change();
}

/**
 * Where a theme moves to: `parentId` to nest it under another theme (null
 * for the top level; left out to keep its parent), and `index` for its place
 * among its new siblings, counted without it (left out: after the last).
 */
export interface ThemePlace {
  parentId?: string | null;
  index?: number;
}

/**
 * Nests the theme under another and/or moves it to another place among its
 * siblings, renumbering the orders of the groups it leaves and joins to
 * 0…n-1. Its children go with it. Refuses an unknown parent, nesting a theme
 * under itself or one of its own descendants, a name the new siblings already
 * have, and an index that is not a whole number from 0 to the number of new
 * siblings.
 */
export function moveTheme(codebook: Codebook, id: string, to: ThemePlace): CodebookChange {
  const draft = new CodebookDraft(codebook);
  const theme = draft.theme(id);
  const parentId = to.parentId === undefined ? theme.parentId : to.parentId;
  if (parentId !== null) {
    const parent = draft.theme(parentId);
    if (draft.isWithin(parentId, id)) {
      const which = parentId === id ? 'itself' : `its own descendant ${JSON.stringify(parent.name)}`;
      throw new RangeError(`Theme ${JSON.stringify(theme.name)} cannot be nested under ${which}`);
    }
  }
  if (parentId !== theme.parentId) draft.refuseNamesake(parentId, theme.name, id);
  const siblings = draft.children(parentId).filter((sibling) => sibling.id !== id).length;
  const index = to.index ?? siblings;
  if (!Number.isInteger(index) || index < 0 || index > siblings) {
    throw new RangeError(`Index ${index} is not a place among ${siblings} sibling theme(s): give a whole number from 0 to ${siblings}`);
  }
  draft.place(id, parentId, index);
  return draft.change();
}
