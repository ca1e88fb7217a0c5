/**
 * The codebook as a tree, for the theme panel and for exports that list
 * themes under their parents.
 */
import type { Theme } from './theme';

/** A theme with the themes nested under it, in their order. */
export interface ThemeNode {
  theme: Theme;
  children: ThemeNode[];
}

/**
 * The themes as a forest: the top-level themes in their order, each with its
 * children in theirs, at any depth. Ties in `order` keep the themes' order in
 * the list. A theme whose parent is not in the list is shown at the top level
 * rather than lost. Throws a RangeError when two themes share an id or
 * themes are nested in a cycle, since they could not be placed.
 */
export function themeTree(themes: readonly Theme[]): ThemeNode[] {
  const ids = new Set(themes.map((theme) => theme.id));
  if (ids.size !== themes.length) throw new RangeError('Theme ids are not unique, so themes cannot be nested by them');
  const groups = new Map<string | null, Theme[]>();
  themes
    .map((theme, position) => ({ theme, position }))
    .sort((a, b) => a.theme.order - b.theme.order || a.position - b.position)
    .forEach(({ theme }) => {
      const parentId = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
      groups.set(parentId, [...(groups.get(parentId) ?? []), theme]);
    });
  const placed = new Set<Theme>();
  const grow = (parentId: string | null): ThemeNode[] =>
    (groups.get(parentId) ?? []).map((theme) => {
      placed.add(theme);
      return { theme, children: grow(theme.id) };
    });
  const roots = grow(null);
  const unplaced = themes.filter((theme) => !placed.has(theme));
  if (unplaced.length > 0) {
    throw new RangeError(`Themes ${unplaced.map((theme) => theme.id).join(', ')} are nested in a cycle`);
  }
  return roots;
}
