/**
 * How much each theme has been used: the numbers beside the theme panel's
 * entries.
 */
import type { Theme, ThemeAssignment } from './theme';

/**
 * For every theme, the number of highlights carrying it directly (a
 * highlight tagged with a child is not counted for the parent; a highlight
 * listing a theme twice counts once). Every theme has an entry, 0 when
 * unused; ids of themes not in the list are ignored.
 */
export function themeCounts(themes: readonly Theme[], highlights: readonly ThemeAssignment[]): Map<string, number> {
  const counts = new Map(themes.map((theme) => [theme.id, 0]));
  for (const highlight of highlights) {
    for (const id of new Set(highlight.themeIds)) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + 1);
    }
  }
  return counts;
}
