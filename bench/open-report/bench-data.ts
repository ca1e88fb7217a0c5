/**
 * What the runner and the bench page share: the report and highlights the
 * runner writes as `data.json` beside the page, the ways the page can draw
 * them, and what one timed drawing reports back.
 */
import type { Block } from '../../src/core/report/report';
import type { PlacedHighlight } from '../../src/renderer/src/features/annotate/placed-highlight';

/** The report and its highlights, as the page fetches them. */
export interface OpenReportData {
  title: string;
  text: string;
  blocks: Block[];
  highlights: PlacedHighlight[];
}

/** The ways the page draws the report, in the order the table lists them. */
export const VARIANTS = ['plain', 'plain-css', 'pm-layer', 'pm-layer-full', 'pm-css', 'pm-decorations', 'pm-bare', 'recogito'] as const;

/** One way of drawing the report (see bench/README.md). */
export type Variant = (typeof VARIANTS)[number];

/**
 * The renderers of @recogito/text-annotator the page can draw with
 * (`?renderer=`); the bench times the first, the library's default.
 */
export const TEXT_ANNOTATOR_RENDERERS = ['SPANS', 'CSS_HIGHLIGHTS'] as const;

/** One of the text annotator's renderers. */
export type TextAnnotatorRenderer = (typeof TEXT_ANNOTATOR_RENDERERS)[number];

/** What each variant is, in a few words, for the table. */
export const VARIANT_LABELS: Readonly<Record<Variant, string>> = {
  plain: 'plain DOM, no highlights',
  'plain-css': 'plain DOM + CSS highlights',
  'pm-layer': 'ours, as the app ships it',
  'pm-layer-full': 'ours, every block laid out',
  'pm-css': 'ProseMirror + CSS highlights, no stripes',
  'pm-decorations': 'ProseMirror + inline decorations',
  'pm-bare': 'ProseMirror, no highlights',
  recogito: '@recogito/text-annotator',
};

/**
 * One timed drawing, in milliseconds from the start (before any DOM was
 * built): when the DOM was built, when its forced layout returned, when the
 * next frame's animation callbacks began and ended (between them run the
 * callbacks the drawing scheduled), and when that frame was done (a task
 * queued from the last callback; tasks the drawing queued from its own
 * callbacks, like the highlight layer's coding stripes, run before it). For
 * a variant that paints its highlights in a later frame (the text
 * annotator), `total` is when the frame that painted them was done.
 */
export interface DrawTiming {
  built: number;
  laidOut: number;
  frameStart: number;
  callbacksDone: number;
  total: number;
  /** How many highlights the variant drew (ranges or decorated passages). */
  highlights: number;
  /**
   * For a variant that paints its own shapes (the text annotator's spans, or
   * its CSS highlights), how many it had painted when the clock stopped.
   */
  painted?: number;
  /** Width of the report text in CSS pixels, to check every variant lays out the same column. */
  width: number;
  /** Height of the report text in CSS pixels. */
  height: number;
}
