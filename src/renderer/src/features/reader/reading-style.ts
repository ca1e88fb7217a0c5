/**
 * How the report's text is set for reading: its font size and line spacing.
 * A preference of the analyst, not library data, so it is kept in
 * localStorage (like the interface language) and applies to every report.
 * The report view takes it as CSS custom properties (see reader-tools.css).
 */

/** The line spacings on offer, from tight to airy. */
export type LineSpacing = 'compact' | 'standard' | 'loose';

export interface ReadingStyle {
  /** Font size of the body text in CSS pixels, one of `FONT_SIZES`. */
  fontSize: number;
  lineSpacing: LineSpacing;
}

/** The font sizes A− and A+ step through; 17 px is the reader's designed size. */
export const FONT_SIZES: readonly number[] = [14, 15, 16, 17, 18, 20, 22, 24, 26];

/** Line height of the body text for each spacing (unitless, times the font size). */
export const LINE_HEIGHTS: Readonly<Record<LineSpacing, number>> = { compact: 1.6, standard: 1.95, loose: 2.3 };

/** The size the stylesheet was designed at; headings and captions scale relative to it. */
const DESIGN_SIZE = 17;

export const DEFAULT_READING_STYLE: ReadingStyle = { fontSize: DESIGN_SIZE, lineSpacing: 'standard' };

/**
 * The next font size up (`direction` 1) or down (-1) from `size`; a size off
 * the scale goes to the nearest one in that direction; the ends stay put.
 */
export function stepFontSize(size: number, direction: 1 | -1): number {
  if (direction === 1) return FONT_SIZES.find((candidate) => candidate > size) ?? (FONT_SIZES.at(-1) as number);
  return FONT_SIZES.findLast((candidate) => candidate < size) ?? (FONT_SIZES[0] as number);
}

/** A stored preference read back; anything unusable falls back to the default, field by field. */
export function parseReadingStyle(stored: string | null): ReadingStyle {
  if (stored === null) return DEFAULT_READING_STYLE;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return DEFAULT_READING_STYLE;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_READING_STYLE;
  const { fontSize, lineSpacing } = value as Partial<Record<keyof ReadingStyle, unknown>>;
  return {
    fontSize: typeof fontSize === 'number' && FONT_SIZES.includes(fontSize) ? fontSize : DEFAULT_READING_STYLE.fontSize,
    lineSpacing: typeof lineSpacing === 'string' && Object.hasOwn(LINE_HEIGHTS, lineSpacing) ? (lineSpacing as LineSpacing) : DEFAULT_READING_STYLE.lineSpacing,
  };
}

/** The CSS custom properties that carry a reading style to the report view's stylesheet. */
export function readingStyleProperties(style: ReadingStyle): Record<'--report-font-size' | '--report-font-scale' | '--report-line-height', string> {
  return {
    '--report-font-size': `${style.fontSize}px`,
    '--report-font-scale': String(Math.round((style.fontSize / DESIGN_SIZE) * 1000) / 1000),
    '--report-line-height': String(LINE_HEIGHTS[style.lineSpacing]),
  };
}
