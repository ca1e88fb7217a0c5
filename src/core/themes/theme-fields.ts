/**
 * The rules for a theme's own fields: what a name, a colour and a keyword
 * list may be, and how names are compared. Every operation and the default
 * codebook's loader go through these, so the rules live in one place.
 */

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * A theme name as stored: the given name trimmed. Throws a RangeError when
 * nothing is left, since an empty name could not be shown or cited.
 */
export function themeName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new RangeError('A theme name cannot be empty');
  return trimmed;
}

/**
 * The key two names are compared by: trimmed, NFKC-folded (so full-width
 * `ＧＤＰ` meets `GDP`) and lower-cased. Siblings may not share a key.
 */
export function themeNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/** True for a colour of the form `#rrggbb` (either case). */
export function isThemeColor(color: string): boolean {
  return HEX_COLOR.test(color);
}

/**
 * A highlight colour as stored: `#rrggbb` in lower case. Throws a RangeError
 * for anything else (short forms, names, alpha), naming what was given.
 */
export function themeColor(color: string): string {
  if (!isThemeColor(color)) throw new RangeError(`Theme colour ${JSON.stringify(color)} is not of the form #rrggbb`);
  return color.toLowerCase();
}

/**
 * A keyword list as stored: each term trimmed, empty terms dropped, and a
 * term kept only the first time its name key appears. Order is kept. The
 * list is cleaned rather than refused, since it usually comes from a field
 * the analyst types terms into.
 */
export function themeKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const keyword of keywords) {
    const term = keyword.trim();
    const key = themeNameKey(term);
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(term);
  }
  return kept;
}
