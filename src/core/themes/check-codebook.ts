/**
 * The invariants of a codebook, checked in one place: for a codebook read
 * from a file or the database, and by the tests after every operation.
 */
import type { Theme } from './theme';
import { isThemeColor, themeNameKey } from './theme-fields';

/** The theme's name and id, for messages. */
function label(theme: Theme): string {
  return `${JSON.stringify(theme.name)} (${theme.id})`;
}

/**
 * Throws a RangeError naming the first theme that breaks a rule of the
 * codebook, and returns nothing when all hold. The rules: ids are non-empty
 * and unique; names are trimmed, non-empty and unique among siblings (by
 * `themeNameKey`); colours are `#rrggbb`; keywords are strings; a parent is
 * another theme of the codebook and no theme is its own ancestor; and the
 * orders of each group of siblings are exactly 0…n-1.
 */
export function checkCodebook(themes: readonly Theme[]): void {
  const byId = new Map<string, Theme>();
  for (const theme of themes) {
    if (theme.id === '') throw new RangeError(`Theme ${JSON.stringify(theme.name)} has an empty id`);
    if (byId.has(theme.id)) throw new RangeError(`Theme id ${theme.id} is used twice`);
    byId.set(theme.id, theme);
  }
  const groups = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    if (theme.name.trim() === '' || theme.name !== theme.name.trim()) {
      throw new RangeError(`Theme ${theme.id} has a name that is empty or not trimmed: ${JSON.stringify(theme.name)}`);
    }
    if (typeof theme.color !== 'string' || !isThemeColor(theme.color)) {
      throw new RangeError(`Theme ${label(theme)} has colour ${JSON.stringify(theme.color)}, not of the form #rrggbb`);
    }
    if (!Array.isArray(theme.keywords) || theme.keywords.some((keyword) => typeof keyword !== 'string')) {
      throw new RangeError(`Theme ${label(theme)} has keywords that are not a list of strings`);
    }
    if (theme.parentId !== null && !byId.has(theme.parentId)) {
      throw new RangeError(`Theme ${label(theme)} is nested under ${theme.parentId}, which is not in the codebook`);
    }
    const group = groups.get(theme.parentId) ?? [];
    group.push(theme);
    groups.set(theme.parentId, group);
  }
  for (const theme of themes) {
    let steps = 0;
    for (let at = theme.parentId; at !== null; at = byId.get(at)?.parentId ?? null) {
      if (at === theme.id || ++steps > themes.length) throw new RangeError(`Theme ${label(theme)} is nested under itself`);
    }
  }
  for (const [parentId, group] of groups) {
    const names = new Map<string, Theme>();
    for (const theme of group) {
      const clash = names.get(themeNameKey(theme.name));
      if (clash) throw new RangeError(`Themes ${label(clash)} and ${label(theme)} share a name under ${parentId ?? 'the top level'}`);
      names.set(themeNameKey(theme.name), theme);
    }
    const orders = group.map((theme) => theme.order).sort((a, b) => a - b);
    if (orders.some((order, index) => order !== index)) {
      throw new RangeError(`The themes under ${parentId ?? 'the top level'} are ordered ${orders.join(', ')}, not 0 to ${group.length - 1}`);
    }
  }
}
