/**
 * Filtering and sorting the library list: pure functions over report
 * metadata, so the list and its tests agree on one rule.
 */
import type { ReportRecord } from '../../db/db';

export type LibrarySortKey = 'importedAt' | 'title' | 'place' | 'year' | 'size';

export interface LibraryQuery {
  /** Words to find in the title or place; spaces separate words that must all match. */
  text: string;
  /** Only reports of this year; null for all. */
  year: number | null;
  sort: LibrarySortKey;
}

export const DEFAULT_LIBRARY_QUERY: LibraryQuery = { text: '', year: null, sort: 'importedAt' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Newest first for dates, sizes and years; alphabetical (pinyin order) for text. */
function compare(a: ReportRecord, b: ReportRecord, key: LibrarySortKey): number {
  switch (key) {
    case 'importedAt':
      return b.importedAt.localeCompare(a.importedAt) || a.sourceIndex - b.sourceIndex;
    case 'title':
      return collator.compare(a.title, b.title);
    case 'place':
      return nullsLast(a.place, b.place, (x, y) => collator.compare(x, y));
    case 'year':
      return nullsLast(a.year, b.year, (x, y) => y - x);
    case 'size':
      return b.size - a.size;
  }
}

function nullsLast<T>(a: T | null, b: T | null, cmp: (a: T, b: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return cmp(a, b);
}

/** The reports matching the query, in its order; ties keep title order. */
export function queryLibrary(reports: readonly ReportRecord[], query: LibraryQuery): ReportRecord[] {
  const words = query.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return reports
    .filter((r) => query.year === null || r.year === query.year)
    .filter((r) => {
      const haystack = `${r.title} ${r.place ?? ''} ${r.sourceName}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => compare(a, b, query.sort) || collator.compare(a.title, b.title));
}

/** The distinct years in the library, newest first, for the year filter. */
export function libraryYears(reports: readonly ReportRecord[]): number[] {
  const years = new Set<number>();
  for (const r of reports) if (r.year !== null) years.add(r.year);
  return [...years].sort((a, b) => b - a);
}
