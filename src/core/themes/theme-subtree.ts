/**
 * A theme and everything nested under it: what a merge or deletion of the
 * theme can reach, and so which highlights the caller must pass to it.
 */
import type { Theme } from './theme';

/**
 * The ids of the theme and of every theme nested under it, at any depth, the
 * theme first and then breadth-first. Merging or deleting the theme may
 * remove any of these (children named like a theme where they move are
 * merged into it), so the highlights to pass are those carrying any of them:
 * `db.highlights.where('themeIds').anyOf(themeSubtree(themes, id))`. Throws a
 * RangeError for an unknown id.
 */
export function themeSubtree(themes: readonly Theme[], id: string): string[] {
  if (!themes.some((theme) => theme.id === id)) throw new RangeError(`No theme ${JSON.stringify(id)} in the codebook`);
  const ids = [id];
  const seen = new Set(ids);
  for (let at = 0; at < ids.length; at++) {
    for (const theme of themes) {
      if (theme.parentId === ids[at] && !seen.has(theme.id)) {
        seen.add(theme.id);
        ids.push(theme.id);
      }
    }
  }
  return ids;
}
