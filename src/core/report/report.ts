/**
 * The shape of a parsed report: one clean, normalised plain text and the
 * blocks that structure it, the lines hidden as debris, and the metadata.
 * Every offset in the app (blocks here; highlight selectors later) counts
 * UTF-16 code units of `text`.
 */

/** Administrative level of a place, as the report's title or venue names it. */
export type PlaceLevel = '省' | '市' | '州' | '县' | '区' | '镇' | '乡' | '街道';

/** A run of `text` with one role. */
export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'caption';
  /** Heading depth, 1 for the top level; only for headings. */
  level?: number;
  /**
   * A run-in heading: the paragraph's first sentence is a heading of this
   * level, ending at `end` (an offset into `text`). The paragraph stays whole.
   */
  runIn?: { level: number; end: number };
  /** Start offset into `ParsedReport.text`, inclusive. */
  start: number;
  /** End offset into `ParsedReport.text`, exclusive. */
  end: number;
}

/** A line of the file hidden from the report's text (site chrome, paywall…), kept, never destroyed. */
export interface HiddenLine {
  text: string;
  /** Why it was hidden, as a code the interface turns into words ('navigation', 'paywall'…). */
  reason: string;
  /** Index of the block it stood before (blocks.length when after the last). */
  before: number;
}

/** A heading of the outline: its level and its text as written. */
export interface OutlineHeading {
  level: number;
  text: string;
  /** Offset into `text` where it starts. */
  start: number;
  /** Index of the block it opens (a heading, or a paragraph with a run-in heading). */
  block: number;
}

export interface ParsedReport {
  title: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  /** The wider area the title names before the place (`湖北恩施利川市`), if any. */
  region: string | null;
  year: number | null;
  /** Delivery date from the venue line, `YYYY-MM-DD`; never a page's publish date. */
  date: string | null;
  /** When the page carrying the report was published, as the page writes it. */
  published: string | null;
  speaker: string | null;
  source: string | null;
  author: string | null;
  /** A page's summary (`核心提示：…`), kept as metadata, not body text. */
  summary: string | null;
  /** True when the body was cut off (a paywall, a truncated file). */
  incomplete: boolean;
  /** The clean text: blocks joined by a single "\n". */
  text: string;
  /** Blocks in reading order; they tile `text` apart from the "\n" separators. */
  blocks: Block[];
  /** Debris taken out of the text, in order. */
  hidden: HiddenLine[];
  /** Things the analyst may want to know (suspected recognition slips, inserted ads…). */
  warnings: string[];
}

/** The encodings the decoder recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A file that declares several reports (a 汇编) and what it actually holds. */
export interface Compilation {
  title: string;
  /** How many reports the file says it holds (`汇编(19篇)`), if it says. */
  declared: number | null;
  /** Titles its table of contents lists. */
  listed: string[];
  /** Listed titles with no body in the file. */
  missing: string[];
}

/** What parsing one file gives: one report, or several for a compilation. */
export interface ParseResult {
  encoding: TextEncodingName | 'docx' | 'pdf';
  compilation: Compilation | null;
  reports: ParsedReport[];
  /** Lines hidden outside any report (a compilation's cover and table of contents). */
  hidden: HiddenLine[];
  warnings: string[];
}
