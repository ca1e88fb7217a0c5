/**
 * What the charts call a theme: its name, with its parent's before it for a
 * nested theme (`乡村振兴 › 粮食安全`), since children of different parents
 * may share a name.
 */
import type { Theme } from '../../../../core/themes/theme';
import { themePath } from '../../../../core/themes/theme-path';

/** The label of each theme of `ids`, in order; an id not in `themes` labels itself. */
export function themeLabels(themes: readonly Theme[], ids: readonly string[]): string[] {
  const known = new Set(themes.map((theme) => theme.id));
  return ids.map((id) => {
    if (!known.has(id)) return id;
    try {
      return themePath(themes, id).join(' › ');
    } catch {
      return themes.find((theme) => theme.id === id)!.name;
    }
  });
}
