/**
 * The selectors a highlight stores to find its passage again, after the
 * W3C Web Annotation model as the Hypothesis client uses it: every selector
 * that can be made is kept, so re-anchoring can fall back from one to the
 * next. All offsets count UTF-16 code units of a report's normalised plain
 * text (`ParsedReport.text`); that is the unit to name wherever they leave the
 * app (QDPX, JSON exports).
 *
 * This module is the source of truth for the shape; the renderer's Dexie
 * records store exactly this.
 */

/** How many code units of context a quote keeps on either side (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

/** Where the passage was: `[start, end)` in the text it was made against. */
export interface TextPositionSelector {
  /** Offset of the first code unit of the passage, inclusive. */
  start: number;
  /** Offset just past the last code unit of the passage, exclusive. */
  end: number;
}

/** What the passage said, and what stood either side of it. */
export interface TextQuoteSelector {
  /** The passage itself, exactly. */
  exact: string;
  /** Up to `CONTEXT_LENGTH` code units just before the passage ('' at the start of the text). */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` code units just after the passage ('' at the end of the text). */
  suffix: string;
}

/** Every selector of one highlight: a position, checked against a quote with its context. */
export interface HighlightSelectors {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}
