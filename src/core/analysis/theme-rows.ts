/**
 * The rows an analysis is laid out in: one per theme, or, with child themes
 * rolled into their parents, one per top-level theme gathering its whole
 * subtree.
 */
import type { Theme } from '../themes/theme';

/** The themes an analysis shows, and which row each theme of the codebook counts towards. */
export interface ThemeRows {
  /** The theme heading each row, in the order the themes were given. */
  ids: string[];
  /** For every theme of the codebook, the index of the row it counts towards. */
  rowOf: Map<string, number>;
  /** For every row, the ids of the themes counted in it: the row's theme first, then those rolled into it. */
  members: string[][];
}

/**
 * The rows for `themes`, in their order (give them in codebook order). With
 * `rollUp` false every theme is a row of its own; with `rollUp` true only
 * top-level themes are rows (a theme whose parent is not in the list counts
 * as top-level), and a nested theme counts towards the row of its top-level
 * ancestor. Throws a RangeError for a cycle of parents.
 */
export function themeRows(themes: readonly Theme[], rollUp: boolean): ThemeRows {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const top = (theme: Theme): Theme => {
    const seen = new Set<string>();
    let at = theme;
    for (;;) {
      if (seen.has(at.id)) throw new RangeError(`themeRows: theme ${JSON.stringify(theme.id)} is nested in a cycle through ${at.id}`);
      seen.add(at.id);
      const parent = at.parentId === null ? undefined : byId.get(at.parentId);
      if (!parent) return at;
      at = parent;
    }
  };
  const ids: string[] = [];
  const rowOf = new Map<string, number>();
  const members: string[][] = [];
  for (const theme of themes) {
    if (rowOf.has(theme.id)) continue;
    const head = rollUp ? top(theme) : theme;
    if (head !== theme) continue;
    rowOf.set(theme.id, ids.length);
    ids.push(theme.id);
    members.push([theme.id]);
  }
  if (rollUp) {
    for (const theme of themes) {
      if (rowOf.has(theme.id)) continue;
      const row = rowOf.get(top(theme).id);
      if (row === undefined) continue;
      rowOf.set(theme.id, row);
      members[row]!.push(theme.id);
    }
  }
  return { ids, rowOf, members };
}
