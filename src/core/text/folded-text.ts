/**
 * A report's text folded for comparing as the analyst means it, with the way
 * back to the original: each character (a base with its combining marks) is
 * compatibility-normalised (NFKC) and lower-cased, so `２０２３` finds `2023`,
 * `ＧＤＰ` finds `gdp` and a composed `é` finds a decomposed one. The library
 * search, the reader's find bar and the keyword suggestions all fold so, and
 * so agree on what counts as the same.
 *
 * Almost every character of a report folds to exactly one code unit (CJK
 * ideographs and punctuation, ASCII, full-width forms), so offsets in the
 * folded text equal offsets in the original up to a shift. Only the rare
 * characters that fold to a different length (`…` → `...`, `㎡` → `m2`), span
 * several code units (a rare ideograph outside the Basic Multilingual Plane,
 * a letter with combining marks) are recorded, as spans; every offset maps
 * back through them exactly, in UTF-16 code units of the original text.
 */

/** A text folded for comparing; build it once per text with `foldText` and search it for every term. */
export interface FoldedText {
  /** The original text. */
  readonly text: string;
  /** The folded text that terms are found in (and the search's index of pairs is made from). */
  readonly folded: string;
  /**
   * The characters whose folding is not one code unit for one code unit, in
   * order, four numbers each: `[foldedStart, foldedEnd, start, end]`.
   * Between two spans, an offset of `folded` is the original offset shifted
   * by the length difference of the spans before it.
   */
  readonly spans: Int32Array;
}

/** Per code unit: 0 not yet known, -1 folds in the slow way, else the folded code unit + 1. */
const FAST_FOLD = new Int32Array(0x10000);
/** Per code unit: 0 not yet known, 1 not a combining mark, 2 a combining mark. */
const MARK = new Uint8Array(0x10000);
const MARK_PATTERN = /^\p{M}$/u;
/** A base character with its combining marks (or stray marks): what folds as one unit. */
const CHARACTER = /\P{M}\p{M}*|\p{M}+/suy;

/** The folded form of one character: compatibility-normalised, lower case. */
function foldCharacter(character: string): string {
  const folded = character.normalize('NFKC').toLowerCase();
  return folded === '' ? character : folded;
}

function fastFold(code: number): number {
  let entry = FAST_FOLD[code] as number;
  if (entry === 0) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const folded = isSurrogate || isMarkUnit(code) ? '' : foldCharacter(String.fromCharCode(code));
    entry = folded.length === 1 ? folded.charCodeAt(0) + 1 : -1;
    FAST_FOLD[code] = entry;
  }
  return entry;
}

function isMarkUnit(code: number): boolean {
  let entry = MARK[code] as number;
  if (entry === 0) {
    entry = code >= 0xd800 && code <= 0xdfff ? 1 : MARK_PATTERN.test(String.fromCharCode(code)) ? 2 : 1;
    MARK[code] = entry;
  }
  return entry === 2;
}

/** True when a combining mark starts at `index` of `text`, which would join the character before it. */
function markAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x300) return false;
  if (code >= 0xd800 && code <= 0xdbff) return MARK_PATTERN.test(String.fromCodePoint(text.codePointAt(index) as number));
  return isMarkUnit(code);
}

/** Builds a string from code units without passing too many arguments at once. */
function fromCodeUnits(units: Uint16Array, length: number): string {
  const CHUNK = 4096;
  let out = '';
  // `apply` takes the typed array as it is; spreading it into arguments is several times slower.
  for (let at = 0; at < length; at += CHUNK) out += String.fromCharCode.apply(null, units.subarray(at, Math.min(at + CHUNK, length)) as unknown as number[]);
  return out;
}

/** Folds `text`; linear in its length. */
export function foldText(text: string): FoldedText {
  let units = new Uint16Array(text.length + 16);
  let length = 0;
  const spans: number[] = [];
  const push = (code: number) => {
    if (length === units.length) {
      const grown = new Uint16Array(units.length * 2);
      grown.set(units);
      units = grown;
    }
    units[length++] = code;
  };
  let index = 0;
  while (index < text.length) {
    const entry = fastFold(text.charCodeAt(index));
    if (entry > 0 && !markAt(text, index + 1)) {
      push(entry - 1);
      index += 1;
      continue;
    }
    CHARACTER.lastIndex = index;
    const character = CHARACTER.exec(text)?.[0] ?? text.charAt(index);
    const folded = foldCharacter(character);
    const foldedStart = length;
    for (let unit = 0; unit < folded.length; unit += 1) push(folded.charCodeAt(unit));
    if (character.length !== 1 || folded.length !== 1) spans.push(foldedStart, length, index, index + character.length);
    index += character.length;
  }
  return { text, folded: fromCodeUnits(units, length), spans: Int32Array.from(spans) };
}

/** The folded form of a term (a search term, a query, a keyword): trimmed, then folded as a text is; '' for a blank one. */
export function foldTerm(term: string): string {
  return foldText(term.trim()).folded;
}

/** Index (in spans of four) of the last span whose folded start is before `offset` (or at it, with `orAt`); -1 if none. */
function lastSpanBefore(spans: Int32Array, offset: number, orAt: boolean): number {
  let low = 0;
  let high = spans.length / 4 - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = spans[middle * 4] as number;
    if (start < offset || (orAt && start === offset)) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The shift from folded to original offsets after span `k` (0 before the first). */
function shiftAfter(spans: Int32Array, k: number): number {
  return k < 0 ? 0 : (spans[k * 4 + 3] as number) - (spans[k * 4 + 1] as number);
}

/**
 * The original offset where the character starting at folded offset
 * `offset` starts, or -1 when `offset` falls inside the folding of one
 * character (a match may not begin there).
 */
export function originalStart(folded: FoldedText, offset: number): number {
  const { spans } = folded;
  const k = lastSpanBefore(spans, offset, true);
  if (k >= 0 && offset < (spans[k * 4 + 1] as number)) return offset === spans[k * 4] ? (spans[k * 4 + 2] as number) : -1;
  return offset + shiftAfter(spans, k);
}

/**
 * The original offset where the character ending at folded offset `offset`
 * ends, or -1 when `offset` falls inside the folding of one character (a
 * match may not end there).
 */
export function originalEnd(folded: FoldedText, offset: number): number {
  const { spans } = folded;
  const k = lastSpanBefore(spans, offset, false);
  if (k >= 0 && offset < (spans[k * 4 + 1] as number)) return -1;
  return offset + shiftAfter(spans, k);
}
