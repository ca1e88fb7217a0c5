/**
 * Which lines are headings, first cut: short standalone lines that open with
 * a Chinese section number. Run-in headings (a numbered first sentence of a
 * paragraph) and unnumbered headings are left to a later, deeper outline.
 */

/** The longest line, in characters, that can be a heading on its own. */
export const HEADING_MAX_LENGTH = 40;

/** A Chinese numeral from 一 to 九十九: 一, 十, 十一, 二十, 二十三. */
const NUMERAL = '(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/** `一、…`, `十二、…`: a section, with some words after the number. */
const SECTION = new RegExp(`^${NUMERAL}、\\s*\\S`);
/** `（一）…` or `(一)…`: a subsection, with some words after the number. */
const SUBSECTION = new RegExp(`^[（(]${NUMERAL}[）)]\\s*\\S`);
/** `第一部分`, `第三章`, `第2章`: a part or chapter, words after it optional. */
const PART = new RegExp(`^第(?:${NUMERAL}|[0-9]{1,2})(?:部分|章)`);

/** Punctuation that closes a sentence or a clause: a line ending so is prose. */
const CLOSING_PUNCTUATION = /[。；！？，;!?,]$/;

/** Speech to the deputies: `各位代表：…` is never a heading. */
const SPEECH = /^各位代表/;

/**
 * The heading level of one trimmed line standing on its own, or null if the
 * line is a paragraph. Level 1: `一、…`, `第一部分…`, `第一章…`; level 2:
 * `（一）…` or `(一)…`. A heading is at most HEADING_MAX_LENGTH characters
 * and does not end in 。；！？ or ，(full or half width); a longer line that
 * opens with a number is a paragraph, as is any line opening `各位代表`.
 */
export function headingLevel(line: string): number | null {
  if (SPEECH.test(line)) return null;
  if (Array.from(line).length > HEADING_MAX_LENGTH) return null;
  if (CLOSING_PUNCTUATION.test(line)) return null;
  if (SECTION.test(line) || PART.test(line)) return 1;
  if (SUBSECTION.test(line)) return 2;
  return null;
}
