/**
 * The grams of the library's search index: the distinct pairs of adjacent
 * characters (bigrams) of a report's folded text (see core/text/folded-text).
 * Chinese has no spaces between words, so a term is looked up by its pairs:
 * a report can hold `营商环境` only if it holds `营商`, `商环` and `环境`. The
 * pairs narrow the library to candidates; the candidates' texts then confirm
 * the term (`findMatches`), since the pairs may be there apart.
 *
 * Only letters, digits and marks make grams: a pair with whitespace,
 * punctuation or a symbol in it is left out on both sides, in the text and in
 * the term. That keeps about a fifth fewer grams per report and loses
 * nothing: a term is still confirmed whole, punctuation included.
 *
 * Characters count by code points, so a rare ideograph outside the Basic
 * Multilingual Plane (two UTF-16 code units) is one character of a gram.
 *
 * The index stores these grams: changing what makes a gram needs a new
 * database version that rebuilds the index.
 */
import { foldTerm, foldText } from '../text/folded-text';

/** Per code unit: 0 not yet known, 1 makes grams, 2 does not. */
const INDEXABLE = new Uint8Array(0x10000);
const INDEXABLE_PATTERN = /^[\p{L}\p{N}\p{M}]$/u;

/** True when the code point is a letter, a digit or a mark: what grams are made of. */
function isIndexable(codePoint: number): boolean {
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true;
  if (codePoint > 0xffff) return INDEXABLE_PATTERN.test(String.fromCodePoint(codePoint));
  let entry = INDEXABLE[codePoint] as number;
  if (entry === 0) {
    entry = codePoint >= 0xd800 && codePoint <= 0xdfff ? 2 : INDEXABLE_PATTERN.test(String.fromCharCode(codePoint)) ? 1 : 2;
    INDEXABLE[codePoint] = entry;
  }
  return entry === 1;
}

/**
 * A set of pairs of BMP characters packed in 32 bits (`first << 16 | second`),
 * open-addressed in a typed array: several times faster than a `Set` of
 * numbers, whose keys above 2^30 are heap numbers. 0 marks an empty slot (the
 * pair of two NULs is never a gram).
 */
class PairSet {
  private slots: Uint32Array;
  private shift: number;
  readonly pairs: number[] = [];

  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2) bits += 1;
    this.slots = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
  }

  add(pair: number): void {
    if (this.pairs.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let slot = Math.imul(pair, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === pair) return;
      if (held === 0) {
        this.slots[slot] = pair;
        this.pairs.push(pair);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const pairs = this.pairs.splice(0);
    this.slots = new Uint32Array(this.slots.length * 2);
    this.shift -= 1;
    for (const pair of pairs) this.add(pair);
  }
}

/** The distinct grams of an already folded string: pairs of BMP characters first, then the rest. */
function foldedGrams(folded: string): string[] {
  const pairs = new PairSet(Math.min(folded.length, 1 << 16));
  const wide = new Set<string>();
  let previous = -1;
  let index = 0;
  while (index < folded.length) {
    const codePoint = folded.codePointAt(index) as number;
    index += codePoint > 0xffff ? 2 : 1;
    if (!isIndexable(codePoint)) {
      previous = -1;
      continue;
    }
    if (previous >= 0) {
      if (previous <= 0xffff && codePoint <= 0xffff) pairs.add(((previous << 16) | codePoint) >>> 0);
      else wide.add(String.fromCodePoint(previous, codePoint));
    }
    previous = codePoint;
  }
  const grams: string[] = [];
  for (const pair of pairs.pairs) grams.push(String.fromCharCode(pair >>> 16, pair & 0xffff));
  for (const pair of wide) grams.push(pair);
  return grams;
}

/** The distinct grams of a report's text: what the search index keeps for it. */
export function textGrams(text: string): string[] {
  return foldedGrams(foldText(text).folded);
}

/**
 * The distinct grams of a search term, folded and trimmed as the text is.
 * Empty when the term has no two adjacent letters or digits (a single
 * character, or characters apart): such a term cannot be looked up in the
 * index, only searched for by reading the texts.
 */
export function queryGrams(term: string): string[] {
  return foldedGrams(foldTerm(term));
}
