/**
 * A report's folded text (core/text/folded-text) indexed by position: for
 * every pair of adjacent UTF-16 code units, the offsets where it occurs.
 * Chinese has no spaces between words, so pairs (bigrams) are the natural
 * unit: a term of two characters is one pair's list of offsets, and a longer
 * term is found from the offsets of its rarest pair, each checked against the
 * text in place. Every pair is indexed, punctuation and spaces included, so
 * the index finds exactly what `findMatches` finds, in the same order and
 * with the same rules (whole characters only, no overlaps unless asked), and
 * for a term spread over 800 places in a report it reads 800 offsets, not the
 * report's 20,000 characters.
 *
 * Built in one linear pass with a scratch hash table that lives as long as
 * the module (about a millisecond for 20,000 characters), and held as three
 * typed arrays: about 2 bytes per character of text (4 past 65,535
 * characters) and 8 per distinct pair.
 */
import type { TextMatch } from '../text/find-matches';
import { foldTerm, originalEnd, originalStart, type FoldedText } from '../text/folded-text';

/** The pairs of one folded text and where each occurs. */
export interface TextIndex {
  /** The distinct pairs, ascending, each `first << 16 | second` (unsigned). */
  readonly pairs: Uint32Array;
  /** The offsets of pair `i` are `positions[starts[i]]` up to `positions[starts[i + 1]]`. */
  readonly starts: Uint32Array;
  /** Offsets in the folded text where each pair begins, ascending within a pair. */
  readonly positions: Uint16Array | Uint32Array;
}

/** A folded text with its index: what a search reads a report from. */
export interface IndexedText extends FoldedText {
  readonly index: TextIndex;
}

/**
 * The scratch table of `indexText`: open addressing over the pairs of one
 * text, reused from text to text. A slot is taken when its stamp is the
 * current build's, so nothing is cleared between builds.
 */
let slotPairs = new Uint32Array(1 << 12);
let slotStamps = new Uint32Array(1 << 12);
let slotCounts = new Uint32Array(1 << 12);
let stamp = 0;

/** Makes the scratch table at least twice `distinct` slots (a power of two), emptied. */
function prepareTable(distinct: number): void {
  let size = slotPairs.length;
  while (size < distinct * 2) size *= 2;
  if (size !== slotPairs.length) {
    slotPairs = new Uint32Array(size);
    slotStamps = new Uint32Array(size);
    slotCounts = new Uint32Array(size);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    slotStamps.fill(0);
    stamp = 1;
  }
}

/** The slot of `pair` in the scratch table: where it is, or the empty slot it would take. */
function slotOf(pair: number, shift: number, mask: number): number {
  let slot = Math.imul(pair, 0x9e3779b1) >>> shift;
  while (slotStamps[slot] === stamp && slotPairs[slot] !== pair) slot = (slot + 1) & mask;
  return slot;
}

const pairAt = (text: string, offset: number): number => ((text.charCodeAt(offset) << 16) | text.charCodeAt(offset + 1)) >>> 0;

/** Indexes a folded text (`FoldedText.folded`); linear in its length. */
export function indexText(folded: string): TextIndex {
  const count = Math.max(folded.length - 1, 0);
  // A text has at most as many distinct pairs as pairs, and no more than 2^32.
  prepareTable(Math.min(count, 1 << 24));
  const size = slotPairs.length;
  const shift = 32 - Math.log2(size);
  const mask = size - 1;
  const distinct: number[] = [];
  for (let offset = 0; offset < count; offset += 1) {
    const pair = pairAt(folded, offset);
    const slot = slotOf(pair, shift, mask);
    if (slotStamps[slot] === stamp) {
      slotCounts[slot] = (slotCounts[slot] as number) + 1;
    } else {
      slotStamps[slot] = stamp;
      slotPairs[slot] = pair;
      slotCounts[slot] = 1;
      distinct.push(pair);
    }
  }
  const pairs = Uint32Array.from(distinct).sort();
  const starts = new Uint32Array(pairs.length + 1);
  // Each slot's count becomes where its pair's next offset is written.
  let next = 0;
  pairs.forEach((pair, rank) => {
    const slot = slotOf(pair, shift, mask);
    starts[rank] = next;
    next += slotCounts[slot] as number;
    slotCounts[slot] = starts[rank] as number;
  });
  starts[pairs.length] = next;
  const positions = folded.length <= 0xffff ? new Uint16Array(count) : new Uint32Array(count);
  for (let offset = 0; offset < count; offset += 1) {
    const slot = slotOf(pairAt(folded, offset), shift, mask);
    const at = slotCounts[slot] as number;
    positions[at] = offset;
    slotCounts[slot] = at + 1;
  }
  return { pairs, starts, positions };
}

/** A folded text (`foldText`'s result) with its index. */
export function indexedText(folded: FoldedText): IndexedText {
  return { ...folded, index: indexText(folded.folded) };
}

/** The rank of `pair` in the index (its offsets are `positions[starts[rank]]` on), or -1 when the text never has it. */
function rankOf(index: TextIndex, pair: number): number {
  const { pairs } = index;
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const held = pairs[middle] as number;
    if (held < pair) low = middle + 1;
    else if (held > pair) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** The last term folded and what it folded to: a search looks one term up in a thousand texts. */
let lastTerm = '';
let lastNeedle = '';
let lastOverlaps = false;

function foldedNeedle(term: string): string {
  if (term !== lastTerm) {
    lastNeedle = foldTerm(term);
    lastOverlaps = selfOverlaps(lastNeedle);
    lastTerm = term;
  }
  return lastNeedle;
}

/** True when a proper prefix of `needle` is also its suffix: two occurrences could overlap. */
function selfOverlaps(needle: string): boolean {
  for (let shift = 1; shift < needle.length; shift += 1) if (needle.startsWith(needle.slice(shift))) return true;
  return false;
}

/**
 * The matches of `needle` (two code units or more) in an index of a text
 * with no folding spans, for a needle that cannot overlap itself: offsets p
 * where each of its covering pairs (at 0, 2, 4… and its last) stands at p
 * plus its place. The rarest pair's offsets lead; the others' are walked in
 * step, each list read once, in order. A needle of two is its one pair.
 */
function coveredMatches(index: TextIndex, needle: string, listed: number): IndexedMatches {
  const { starts, positions } = index;
  const places: number[] = [];
  for (let at = 0; at + 1 < needle.length; at += 2) places.push(at);
  if (places[places.length - 1] !== needle.length - 2) places.push(needle.length - 2);
  const cursors: number[] = [];
  const ends: number[] = [];
  let lead = 0;
  for (const [i, place] of places.entries()) {
    const rank = rankOf(index, pairAt(needle, place));
    if (rank < 0) return NONE;
    cursors.push(starts[rank] as number);
    ends.push(starts[rank + 1] as number);
    if ((ends[i] as number) - (cursors[i] as number) < (ends[lead] as number) - (cursors[lead] as number)) lead = i;
  }
  const matches: TextMatch[] = [];
  if (places.length === 1) {
    for (let k = cursors[0] as number; k < (ends[0] as number) && matches.length < listed; k += 1) matches.push({ start: positions[k] as number, end: (positions[k] as number) + 2 });
    return { matches, count: (ends[0] as number) - (cursors[0] as number) };
  }
  let count = 0;
  for (let k = cursors[lead] as number; k < (ends[lead] as number); k += 1) {
    const start = (positions[k] as number) - (places[lead] as number);
    if (start < 0) continue;
    let found = true;
    for (let i = 0; i < places.length && found; i += 1) {
      if (i === lead) continue;
      const wanted = start + (places[i] as number);
      let cursor = cursors[i] as number;
      const end = ends[i] as number;
      while (cursor < end && (positions[cursor] as number) < wanted) cursor += 1;
      cursors[i] = cursor;
      found = cursor < end && positions[cursor] === wanted;
    }
    if (!found) continue;
    count += 1;
    if (matches.length < listed) matches.push({ start, end: start + needle.length });
  }
  return count === 0 ? NONE : { matches, count };
}

/** A term's matches in one text: the first `listed` of them, and how many there are. */
export interface IndexedMatches {
  matches: TextMatch[];
  count: number;
}

const NONE: IndexedMatches = Object.freeze({ matches: Object.freeze([]) as unknown as TextMatch[], count: 0 });

/**
 * The occurrences of `term` in `text` as `findMatches(text, term)` finds them
 * (left to right, whole characters of the original, not overlapping), the
 * first `listed` as matches and all of them counted, read from the index. A
 * term of one code unit, which no pair holds, is found by reading the text.
 * A text without the term costs a binary search or two and makes nothing
 * (the answer is a shared, frozen empty result): a search asks this of every
 * report in the library.
 */
export function findIndexed(text: IndexedText, term: string, listed: number): IndexedMatches {
  const needle = foldedNeedle(term);
  if (needle === '') return NONE;
  const haystack = text.folded;
  const length = needle.length;
  const { starts, positions } = text.index;
  const single = length === 1;

  // No folding spans, no self-overlap: the term is where pairs covering it stand at their distances
  // (`营商` at p and `环境` at p + 2), found by walking their sorted offsets together, not by reading
  // the text; a term of two code units is one pair, every offset of which is a match as it is.
  if (!single && text.spans.length === 0 && !lastOverlaps) return coveredMatches(text.index, needle, listed);

  // Otherwise the offsets where the needle may begin come from the rarest of its pairs: positions[first, end), less `lag`.
  let first = 0;
  let end = 0;
  let lag = 0;
  for (let at = 0; at + 1 < length; at += 1) {
    const rank = rankOf(text.index, pairAt(needle, at));
    if (rank < 0) return NONE;
    const from = starts[rank] as number;
    const to = starts[rank + 1] as number;
    if (at === 0 || to - from < end - first) {
      first = from;
      end = to;
      lag = at;
    }
  }

  const matches: TextMatch[] = [];
  let count = 0;
  let from = 0;
  const consider = (at: number) => {
    if (at < from) return;
    const start = originalStart(text, at);
    const stop = start < 0 ? -1 : originalEnd(text, at + length);
    if (stop < 0) return;
    count += 1;
    if (matches.length < listed) matches.push({ start, end: stop });
    from = at + length;
  };
  if (single) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) consider(at);
  } else {
    for (let k = first; k < end; k += 1) {
      const at = (positions[k] as number) - lag;
      if (at >= from && (length === 2 || haystack.startsWith(needle, at))) consider(at);
    }
  }
  return count === 0 ? NONE : { matches, count };
}
