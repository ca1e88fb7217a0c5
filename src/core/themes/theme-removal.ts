/**
 * The operations that take a theme out of the codebook and so reassign
 * highlights: merging one theme into another, and deleting a theme. Like the
 * other operations they return a `CodebookChange` with its exact inverse and
 * throw a RangeError, changing nothing, when a request cannot be carried out.
 */
import { CodebookDraft } from './codebook-draft';
import type { CodebookChange } from './codebook-change';
import type { Codebook } from './theme';
import { themeKeywords } from './theme-fields';

/**
 * What happens to a deleted theme's highlights: `drop` takes the theme off
 * them (its children move up to its parent, in its place); `merge-into`
 * gives them `targetId` instead, exactly as `mergeThemes` does.
 */
export type ThemeDeletion = { kind: 'drop' } | { kind: 'merge-into'; targetId: string };

/**
 * Moves `children` (in their order) under `parentId` from `index` on. A child
 * whose name a theme already there has is merged into that theme instead, so
 * sibling names stay unique and nothing is lost.
 */
function adopt(draft: CodebookDraft, children: readonly string[], parentId: string | null, index: number): void {
  let at = index;
  for (const childId of children) {
    const namesake = draft.namesake(parentId, draft.theme(childId).name, childId);
    if (namesake) {
      mergeInDraft(draft, childId, namesake.id);
    } else {
      draft.place(childId, parentId, at);
      at += 1;
    }
  }
}

/** `mergeThemes`, done in a draft: see there. */
function mergeInDraft(draft: CodebookDraft, sourceId: string, targetId: string): void {
  const source = draft.theme(sourceId);
  const target = draft.theme(targetId);
  if (sourceId === targetId) throw new RangeError(`Theme ${JSON.stringify(source.name)} cannot be merged into itself`);
  if (draft.isWithin(targetId, sourceId)) {
    throw new RangeError(`Theme ${JSON.stringify(source.name)} cannot be merged into its own descendant ${JSON.stringify(target.name)}`);
  }
  const children = draft.children(sourceId).map((child) => child.id);
  draft.remove(sourceId);
  draft.reassign(sourceId, targetId);
  draft.update(targetId, { keywords: themeKeywords([...target.keywords, ...source.keywords]) });
  adopt(draft, children, targetId, draft.children(targetId).length);
}

/**
 * Merges `sourceId` into `targetId`: every highlight carrying the source
 * carries the target instead (in the source's place, or not again where it
 * already has the target; its other themes keep their order); the source's
 * keywords are added to the target's; the source's children move under the
 * target after its own children (a child named like one of the target's
 * children is merged into it the same way); and the source is removed.
 * Refuses merging a theme into itself or into one of its own descendants.
 */
export function mergeThemes(codebook: Codebook, sourceId: string, targetId: string): CodebookChange {
  const draft = new CodebookDraft(codebook);
  mergeInDraft(draft, sourceId, targetId);
  return draft.change();
}

/**
 * Deletes the theme. With `drop`, highlights lose it (keeping their other
 * themes in order) and its children move up to its parent, taking its place
 * among its siblings (a child named like one of them is merged into it).
 * With `merge-into`, it is `mergeThemes(codebook, id, targetId)`.
 */
export function deleteTheme(codebook: Codebook, id: string, how: ThemeDeletion): CodebookChange {
  const draft = new CodebookDraft(codebook);
  if (how.kind === 'merge-into') {
    mergeInDraft(draft, id, how.targetId);
    return draft.change();
  }
  const theme = draft.theme(id);
  const index = draft.children(theme.parentId).findIndex((sibling) => sibling.id === id);
  const children = draft.children(id).map((child) => child.id);
  draft.remove(id);
  draft.reassign(id, null);
  adopt(draft, children, theme.parentId, index);
  return draft.change();
}
