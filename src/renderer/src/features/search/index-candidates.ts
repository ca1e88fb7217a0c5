/**
 * The reports the search index says may hold a term: those whose row has
 * every gram of the term. Each gram's reports come from the `grams` index as
 * row keys (small numbers, sorted); the lists are intersected smallest first,
 * and the intersection's keys are turned back into report ids through the
 * `reportId` index, read keys only: no row's grams are loaded.
 */
import type { LibraryDatabase } from '../../db/db';

/** The most grams of one term looked up; a long term's first grams narrow enough, and the texts confirm it whole. */
export const MAX_GRAMS = 16;

/** What the index says about a term's grams. */
export interface IndexCandidates {
  /** Reports whose index row has every gram looked up. */
  matched: Set<string>;
  /** Every report with an index row: a report not in it was never indexed and must be read to be sure. */
  indexed: Set<string>;
}

/** The intersection of sorted lists of numbers, smallest list first; stops as soon as it is empty. */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let common = first as readonly number[];
  for (const list of rest) {
    if (common.length === 0) break;
    const next: number[] = [];
    let j = 0;
    for (const key of common) {
      while (j < list.length && (list[j] as number) < key) j += 1;
      if (j < list.length && list[j] === key) next.push(key);
    }
    common = next;
  }
  return [...common];
}

/** Looks up the grams of a term (from `queryGrams`, at least one) in the search index. */
export async function indexCandidates(db: LibraryDatabase, grams: readonly string[]): Promise<IndexCandidates> {
  const looked = grams.slice(0, MAX_GRAMS);
  return db.transaction('r', db.searchIndex, async () => {
    // Keys of equal index entries come in key order; sorting again costs next to nothing and relies on nothing.
    const lists = await Promise.all(looked.map(async (gram) => (await db.searchIndex.where('grams').equals(gram).primaryKeys()).sort((a, b) => (a as number) - (b as number))));
    const common = new Set(intersectSorted(lists.map((list) => list.filter((key): key is number => typeof key === 'number'))));
    const [reportIds, keys] = await Promise.all([db.searchIndex.orderBy('reportId').keys(), db.searchIndex.orderBy('reportId').primaryKeys()]);
    const matched = new Set<string>();
    keys.forEach((key, i) => {
      if (common.has(key as number)) matched.add(reportIds[i] as string);
    });
    return { matched, indexed: new Set(reportIds as string[]) };
  });
}
