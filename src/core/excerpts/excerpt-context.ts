/**
 * The text around an excerpt, as the 摘录 view shows it when an excerpt is
 * expanded: first the sentences the passage stands in, then its paragraph,
 * then the paragraphs either side.
 *
 * A report's text is its blocks joined by single "\n"s, and no block holds a
 * line break (`checkReport`), so a line of the text is a block: paragraphs
 * are found from the text alone.
 */
import { isCodePointBoundary } from '../anchoring/code-point-boundary';
import { isSentenceCloser, isSentenceEnd, sentenceEndAt } from '../text/sentence-end';

/**
 * How far context reaches, one step of "expand" at a time: 0 the sentences
 * the passage stands in (within its paragraph, at most `chars` either side),
 * 1 the whole paragraph(s) it stands in, 2 those and the block before and the
 * block after (a heading, a paragraph…).
 */
export type ContextLevel = 0 | 1 | 2;

/** The widest level: an "expand" control stops here. */
export const WIDEST_CONTEXT: ContextLevel = 2;

/** Default for `ContextOptions.chars`. */
export const CONTEXT_CHARS = 100;

export interface ContextOptions {
  /** How far to reach (default 0). */
  level?: ContextLevel;
  /**
   * At level 0, the most code units of context on either side (default
   * `CONTEXT_CHARS`), so a run-on sentence does not swamp the view; levels 1
   * and 2 always give whole blocks.
   */
  chars?: number;
}

/** A passage with the text before and after it. */
export interface ExcerptContext {
  before: string;
  passage: string;
  after: string;
  /** Where the context starts and ends in the text (`before` starts at `start`, `after` ends at `end`). */
  start: number;
  end: number;
  /** True when `chars` cut the context short of the sentence's start or end: show an ellipsis there. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The context of the passage `[range.start, range.end)` of `text` at the
 * level asked for. Sentences end as `sentenceEndAt` says (at 。！？； and
 * !?;, taking any closing quote or bracket after the marks); a sentence
 * never runs past its block.
 * A cut made by `chars` never splits a surrogate pair.
 *
 * Throws a RangeError when the range is not integers with
 * `0 ≤ start ≤ end ≤ text.length`, the level is not 0, 1 or 2, or `chars` is
 * negative or not a whole number.
 */
export function excerptContext(text: string, range: { start: number; end: number }, options: ContextOptions = {}): ExcerptContext {
  const { start, end } = range;
  const level = options.level ?? 0;
  const chars = options.chars ?? CONTEXT_CHARS;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`excerptContext: the range [${start}, ${end}) is not a range of the text (length ${text.length})`);
  }
  if (level !== 0 && level !== 1 && level !== 2) throw new RangeError(`excerptContext: level ${String(level)} is not 0, 1 or 2`);
  if (!(Number.isInteger(chars) || chars === Infinity) || chars < 0) throw new RangeError(`excerptContext: chars ${chars} is not a whole number ≥ 0`);

  // The block(s) the passage stands in; a passage starting on, or ending after, a "\n" does not reach past it.
  let from = Math.min(start, lineStartAt(text, start < end ? start + 1 : start));
  let to = Math.max(end, lineEndAt(text, start < end ? end - 1 : end));
  let cutBefore = false;
  let cutAfter = false;

  if (level === 0) {
    const sentenceStart = sentenceStartBefore(text, start, from);
    const sentenceEnd = sentenceEndAfter(text, start, end, to);
    from = Math.max(sentenceStart, start - chars);
    to = Math.min(sentenceEnd, end + chars);
    // Cut inside a surrogate pair: leave the whole character out (a passage splitting one is its own affair).
    if (from < start && !isCodePointBoundary(text, from)) from += 1;
    if (to > end && !isCodePointBoundary(text, to)) to -= 1;
    cutBefore = from > sentenceStart;
    cutAfter = to < sentenceEnd;
  } else if (level === 2) {
    if (from > 0) from = lineStartAt(text, from - 1);
    if (to < text.length) to = lineEndAt(text, to + 1);
  }

  return { before: text.slice(from, start), passage: text.slice(start, end), after: text.slice(end, to), start: from, end: to, cutBefore, cutAfter };
}

/** The start of the line holding `offset` (the offset just after the last "\n" before it). */
function lineStartAt(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset` (the next "\n" at or after it, or the end of the text). */
function lineEndAt(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at;
}

/** Where the sentence holding `start` begins: just after the last end mark (and its closers) before it, or the block's start. */
function sentenceStartBefore(text: string, start: number, blockStart: number): number {
  for (let i = start - 1; i >= blockStart; i--) {
    if (isSentenceEnd(text[i])) return sentenceEndAt(text, i, start);
  }
  return blockStart;
}

/** Where the sentence holding the passage's last character ends: past the next end marks and their closers, or the block's end. */
function sentenceEndAfter(text: string, start: number, end: number, blockEnd: number): number {
  let i = end > start ? end - 1 : end;
  // A passage ending on closers (`好。”`) ends its sentence if an end mark stands before them.
  while (i > start && isSentenceCloser(text[i])) i--;
  while (i < blockEnd && !isSentenceEnd(text[i])) i++;
  return Math.max(end, i < blockEnd ? sentenceEndAt(text, i, blockEnd) : blockEnd);
}
