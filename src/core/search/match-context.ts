/**
 * A match shown in its context, as a search result lists it: a few words
 * before and after, taken from the match's own paragraph only, so a result
 * never runs a heading into the paragraph under it.
 */

/** A match with the text around it; `cutBefore`/`cutAfter` say the paragraph goes on (show an ellipsis). */
export interface MatchContext {
  before: string;
  match: string;
  after: string;
  /** True when the paragraph has more text before `before`. */
  cutBefore: boolean;
  /** True when the paragraph has more text after `after`. */
  cutAfter: boolean;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The context of the match `[start, end)` of `text` (UTF-16 code units):
 * up to `chars` code units either side, within the paragraph (the line) the
 * match is in, never splitting a surrogate pair. Leading and trailing
 * whitespace of the paragraph (indents) is left out. Throws a `RangeError`
 * for a range outside the text.
 */
export function matchContext(text: string, start: number, end: number, chars = 30): MatchContext {
  if (!(start >= 0 && start <= end && end <= text.length)) throw new RangeError(`matchContext: [${start}, ${end}) is not a range of a text of ${text.length} code units`);
  let paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start === 0) paragraphStart = 0;
  let paragraphEnd = text.indexOf('\n', end);
  if (paragraphEnd === -1) paragraphEnd = text.length;
  while (paragraphStart < start && /\s/.test(text.charAt(paragraphStart))) paragraphStart += 1;
  while (paragraphEnd > end && /\s/.test(text.charAt(paragraphEnd - 1))) paragraphEnd -= 1;

  let from = Math.max(paragraphStart, start - chars);
  if (from > paragraphStart && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  let to = Math.min(paragraphEnd, end + chars);
  if (to < paragraphEnd && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > paragraphStart,
    cutAfter: to < paragraphEnd,
  };
}
