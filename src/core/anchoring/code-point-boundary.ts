/**
 * Offsets count UTF-16 code units, so an offset can fall between the two
 * halves of a surrogate pair (a character outside the Basic Multilingual
 * Plane, such as 𠮷 or a rare place-name character). These helpers keep
 * ranges on whole characters.
 */

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * True unless `offset` falls strictly inside a surrogate pair of `text`, that
 * is between a high surrogate and the low surrogate that follows it. Lone
 * surrogates are characters of their own, so offsets beside them are
 * boundaries; so are 0 and `text.length`.
 */
export function isCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)));
}

/**
 * Widens `[start, end)` by at most one code unit at either end so that neither
 * end splits a surrogate pair. A range already on character boundaries comes
 * back unchanged.
 */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: isCodePointBoundary(text, start) ? start : start - 1,
    end: isCodePointBoundary(text, end) ? end : end + 1,
  };
}
