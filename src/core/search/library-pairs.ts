/**
 * Which texts of a library hold a pair of characters: the library-wide side
 * of the texts' indexes (text-index.ts). Asking each of a thousand texts'
 * indexes whether it holds a rare term costs a binary search in each (half a
 * millisecond in all); this table answers at once with the few texts worth
 * asking. Built in two passes over the texts' distinct pairs (already
 * distinct per text, so each text is listed once per pair), in the order the
 * texts are given, so every pair's list of texts is ascending.
 *
 * Held as an open-addressing table of the distinct pairs with where each
 * pair's texts start in one array of text numbers: 4 bytes per distinct pair
 * of each text, and 12 per slot of the table.
 */
import type { TextIndex } from './text-index';

/** The texts holding each pair, for texts numbered by their place in the list given. */
export interface LibraryPairs {
  /** Open-addressing table of the distinct pairs; a slot is in use when its count is not 0. */
  readonly slotPairs: Uint32Array;
  readonly slotCounts: Uint32Array;
  /** Where a slot's texts start in `texts`. */
  readonly slotStarts: Uint32Array;
  /** Text numbers, ascending within each pair. */
  readonly texts: Uint32Array;
}

const hashOf = (pair: number, shift: number): number => Math.imul(pair, 0x9e3779b1) >>> shift;

/** The slot of `pair`: where it is, or the empty slot it would take. */
function slotOf(slotPairs: Uint32Array, slotCounts: Uint32Array, pair: number): number {
  const mask = slotPairs.length - 1;
  const shift = 32 - Math.log2(slotPairs.length);
  let slot = hashOf(pair, shift);
  while (slotCounts[slot] !== 0 && slotPairs[slot] !== pair) slot = (slot + 1) & mask;
  return slot;
}

/** The table of `indexes`, text `i` being `indexes[i]`. */
export function libraryPairs(indexes: readonly TextIndex[]): LibraryPairs {
  let total = 0;
  let widest = 0;
  for (const index of indexes) {
    total += index.pairs.length;
    widest = Math.max(widest, index.pairs.length);
  }
  // The distinct pairs of the library are at least the widest text's and at most all of them; room for twice as many.
  let size = 1 << 4;
  while (size < Math.min(total, Math.max(widest * 4, total / 4)) * 2) size *= 2;
  let slotPairs: Uint32Array = new Uint32Array(size);
  let slotCounts: Uint32Array = new Uint32Array(size);
  let used = 0;
  for (const index of indexes) {
    for (const pair of index.pairs) {
      let slot = slotOf(slotPairs, slotCounts, pair);
      if (slotCounts[slot] === 0) {
        if ((used + 1) * 2 > slotPairs.length) {
          ({ slotPairs, slotCounts } = grown(slotPairs, slotCounts));
          slot = slotOf(slotPairs, slotCounts, pair);
        }
        slotPairs[slot] = pair;
        used += 1;
      }
      slotCounts[slot] = (slotCounts[slot] as number) + 1;
    }
  }
  const slotStarts = new Uint32Array(slotPairs.length);
  const next = new Uint32Array(slotPairs.length);
  let at = 0;
  for (let slot = 0; slot < slotPairs.length; slot += 1) {
    slotStarts[slot] = at;
    next[slot] = at;
    at += slotCounts[slot] as number;
  }
  const texts = new Uint32Array(total);
  indexes.forEach((index, text) => {
    for (const pair of index.pairs) {
      const slot = slotOf(slotPairs, slotCounts, pair);
      texts[next[slot] as number] = text;
      next[slot] = (next[slot] as number) + 1;
    }
  });
  return { slotPairs, slotCounts, slotStarts, texts };
}

/** The table twice as large, its pairs and counts moved over. */
function grown(slotPairs: Uint32Array, slotCounts: Uint32Array): { slotPairs: Uint32Array; slotCounts: Uint32Array } {
  const pairs = new Uint32Array(slotPairs.length * 2);
  const counts = new Uint32Array(slotPairs.length * 2);
  for (let slot = 0; slot < slotPairs.length; slot += 1) {
    if (slotCounts[slot] === 0) continue;
    const to = slotOf(pairs, counts, slotPairs[slot] as number);
    pairs[to] = slotPairs[slot] as number;
    counts[to] = slotCounts[slot] as number;
  }
  return { slotPairs: pairs, slotCounts: counts };
}

/** The texts holding `pair`, ascending (a view into the table; empty when none does). */
function textsOf(library: LibraryPairs, pair: number): Uint32Array {
  const slot = slotOf(library.slotPairs, library.slotCounts, pair);
  const count = library.slotCounts[slot] as number;
  const start = library.slotStarts[slot] as number;
  return library.texts.subarray(start, start + count);
}

/**
 * The texts holding every pair of a folded term (two code units or more),
 * ascending: the lists of its pairs intersected, the shortest first. They
 * may hold the pairs apart; only their own index says whether the term is
 * there.
 */
export function textsWithPairs(library: LibraryPairs, needle: string): Uint32Array {
  const lists: Uint32Array[] = [];
  for (let at = 0; at + 1 < needle.length; at += 1) {
    const list = textsOf(library, ((needle.charCodeAt(at) << 16) | needle.charCodeAt(at + 1)) >>> 0);
    if (list.length === 0) return list;
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  let common: Uint32Array = lists[0] ?? new Uint32Array(0);
  for (const list of lists.slice(1)) {
    const kept: number[] = [];
    let j = 0;
    for (const text of common) {
      while (j < list.length && (list[j] as number) < text) j += 1;
      if (list[j] === text) kept.push(text);
    }
    common = Uint32Array.from(kept);
    if (common.length === 0) break;
  }
  return common;
}
