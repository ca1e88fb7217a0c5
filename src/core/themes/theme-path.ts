/**
 * Where a theme stands in the codebook, in names: what a citation or an
 * export writes for it (`乡村振兴 › 粮食安全`).
 */
import type { Theme } from './theme';

/**
 * The names from the theme's top-level ancestor down to the theme itself,
 * e.g. `['乡村振兴', '粮食安全']`. A parent missing from the list ends the
 * path there. Throws a RangeError for an unknown id or a cycle of parents.
 */
export function themePath(themes: readonly Theme[], id: string): string[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const names: string[] = [];
  const seen = new Set<string>();
  let theme = byId.get(id);
  if (!theme) throw new RangeError(`No theme ${JSON.stringify(id)} in the codebook`);
  while (theme) {
    if (seen.has(theme.id)) throw new RangeError(`Theme ${JSON.stringify(id)} is nested in a cycle through ${theme.id}`);
    seen.add(theme.id);
    names.unshift(theme.name);
    theme = theme.parentId === null ? undefined : byId.get(theme.parentId);
  }
  return names;
}
