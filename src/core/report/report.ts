/**
 * The shape of a parsed report: one normalised plain text and the blocks that
 * structure it. Every offset in the app (blocks here; highlight selectors
 * later) counts UTF-16 code units of `text`.
 */

/** Administrative level of a place, as the report's title or venue names it. */
export type PlaceLevel = '省' | '市' | '州' | '县' | '区' | '镇' | '乡' | '街道';

/** A run of `text` with one role: the title line, a heading, or a paragraph. */
export interface Block {
  kind: 'title' | 'heading' | 'paragraph';
  /** Heading depth, 1 for the top level; absent for titles and paragraphs. */
  level?: number;
  /** Start offset into `ParsedReport.text`, inclusive. */
  start: number;
  /** End offset into `ParsedReport.text`, exclusive. */
  end: number;
}

export interface ParsedReport {
  title: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  year: number | null;
  /** The normalised plain text: blocks joined by a single "\n". */
  text: string;
  /** Blocks in reading order; they tile `text` apart from the "\n" separators. */
  blocks: Block[];
}

/** The encodings the decoder recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What parsing one file gives: one report, or several for a compilation. */
export interface ParseResult {
  encoding: TextEncodingName;
  reports: ParsedReport[];
}
