/**
 * The colours offered for a theme: pale enough to read black report text
 * through, and far enough apart to tell highlights apart at a glance. Any
 * other `#rrggbb` colour can still be chosen with the colour picker.
 */
import type { Theme } from '../../../../core/themes/theme';

/** The palette, in the order it is shown. */
export const THEME_PALETTE: readonly string[] = [
  '#fde68a',
  '#d0f19c',
  '#74e8ca',
  '#b2dbf3',
  '#c0c8ef',
  '#eab3fb',
  '#fed5ed',
  '#fdb5b6',
  '#f3c080',
  '#d1cca3',
  '#cff3d5',
  '#6ae9f9',
];

/** The colour for a new theme: the first of the palette no theme has yet, else the least used one. */
export function nextThemeColor(themes: readonly Theme[]): string {
  const uses = new Map(THEME_PALETTE.map((color) => [color, 0]));
  for (const theme of themes) {
    const count = uses.get(theme.color);
    if (count !== undefined) uses.set(theme.color, count + 1);
  }
  let best = '#fde68a';
  let fewest = Infinity;
  for (const [color, count] of uses) {
    if (count < fewest) {
      best = color;
      fewest = count;
    }
  }
  return best;
}
