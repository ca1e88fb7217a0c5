import { isCodePointBoundary } from './code-point-boundary';
import { CONTEXT_LENGTH, type HighlightSelectors } from './selectors';

/**
 * The selectors for the passage `[start, end)` of `text`: its position, and a
 * quote of it with up to `CONTEXT_LENGTH` (32) code units of context either
 * side, as the Hypothesis client describes a range. The context never ends in
 * half a surrogate pair: where the 32nd code unit would split one, the context
 * is one code unit shorter.
 *
 * Throws a RangeError when the offsets are not integers, when the range is
 * empty, reversed or outside the text, or when an end falls inside a surrogate
 * pair (a highlight starts and ends on whole characters).
 */
export function describeRange(text: string, start: number, end: number): HighlightSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeRange: offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0) throw new RangeError(`describeRange: start ${start} is before the text`);
  if (end > text.length) throw new RangeError(`describeRange: end ${end} is past the end of the text (length ${text.length})`);
  if (start >= end) throw new RangeError(`describeRange: the range [${start}, ${end}) is empty or reversed`);
  if (!isCodePointBoundary(text, start)) throw new RangeError(`describeRange: start ${start} falls inside a surrogate pair`);
  if (!isCodePointBoundary(text, end)) throw new RangeError(`describeRange: end ${end} falls inside a surrogate pair`);

  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (!isCodePointBoundary(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (!isCodePointBoundary(text, suffixEnd)) suffixEnd -= 1;

  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}
