/**
 * Filtering and sorting the library list: pure functions over report
 * metadata, so the list and its tests agree on one rule. The list is sorted
 * once for each order asked for and each version of the library
 * (memo-per-list.ts), so that a filter only walks the sorted list: choosing
 * a year, or every year again, never sorts thousands of reports with the
 * collator again.
 */
import type { ReportRecord } from '../../db/db';
import { memoPerList } from '../../lib/memo-per-list';

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
      // ISO 8601 times of one format sort as plain strings, without the cost of a locale's rules.
      return (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0) || a.sourceIndex - b.sourceIndex;
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

/** `reports` sorted by `key`, ties in title order: sorted at the first call for these reports and this key. */
const sortedBy = memoPerList((reports: readonly ReportRecord[], key: LibrarySortKey): readonly ReportRecord[] =>
  [...reports].sort((a, b) => compare(a, b, key) || collator.compare(a.title, b.title)),
);

/** The lower-cased text a filter's words are looked for in, by report (a stored record is replaced, never changed). */
const haystacks = new WeakMap<ReportRecord, string>();

function haystack(report: ReportRecord): string {
  let text = haystacks.get(report);
  if (text === undefined) haystacks.set(report, (text = `${report.title} ${report.place ?? ''} ${report.sourceName}`.toLowerCase()));
  return text;
}

/** The reports matching the query, in its order; ties keep title order. Not to be changed: it may be the list kept for the next query. */
export function queryLibrary(reports: readonly ReportRecord[], query: LibraryQuery): readonly ReportRecord[] {
  const sorted = sortedBy(reports, query.sort);
  const words = query.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (query.year === null && words.length === 0) return sorted;
  return sorted.filter((r) => (query.year === null || r.year === query.year) && words.every((w) => haystack(r).includes(w)));
}

/** The distinct years in the library, newest first, for the year filter. */
export function libraryYears(reports: readonly ReportRecord[]): number[] {
  const years = new Set<number>();
  for (const r of reports) if (r.year !== null) years.add(r.year);
  return [...years].sort((a, b) => b - a);
}
