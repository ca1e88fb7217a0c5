/**
 * The themes a theme may be nested under or merged into, as a select lists
 * them: every theme outside its own subtree, each named by its path so that
 * two children called alike under different parents can be told apart.
 */
import type { Theme } from '../../../../core/themes/theme';
import { themePath } from '../../../../core/themes/theme-path';
import { themeSubtree } from '../../../../core/themes/theme-subtree';

/** One option of a theme select: the theme's id, and its path `乡村振兴 › 粮食安全`. */
export interface ThemeChoice {
  id: string;
  label: string;
}

/**
 * The themes of `themes` (kept in their order) other than `excludedId` and the
 * themes nested under it; with no `excludedId`, every theme.
 */
export function themeChoices(themes: readonly Theme[], excludedId?: string): ThemeChoice[] {
  const excluded = new Set(excludedId === undefined ? [] : themeSubtree(themes, excludedId));
  return themes.filter((theme) => !excluded.has(theme.id)).map((theme) => ({ id: theme.id, label: themePath(themes, theme.id).join(' › ') }));
}
