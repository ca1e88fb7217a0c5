/**
 * Searching the whole library for a term: each report the filters leave is
 * looked up in its text's index by position (core/search/text-index), which
 * gives the term's matches without scanning the text. The texts and their
 * indexes are kept between searches (`search-text-cache.ts`); a text not kept
 * yet (the first search of a session, a report imported since) is read, a
 * batch at a time, folded and indexed as the search goes, and the results so
 * far are reported as it does.
 *
 * A term of a single character (like `税`) has no pair to look up: it is
 * found by reading the texts, and only when the filters leave few enough of
 * them (`SCAN_LIMIT_CHARS`) unless they are all kept already; else the search
 * answers `too-short` and the interface asks for two characters or narrower
 * filters.
 */
import type { TextMatch } from '../../../../core/text/find-matches';
import { foldTerm } from '../../../../core/text/folded-text';
import { matchContext, type MatchContext } from '../../../../core/search/match-context';
import { textsWithPairs } from '../../../../core/search/library-pairs';
import { findIndexed, type IndexedMatches, type IndexedText } from '../../../../core/search/text-index';
import type { PlaceLevel } from '../../../../core/report/report';
import type { LibraryDatabase, ReportRecord } from '../../db/db';
import { searchTextCache, type KeptTexts, type SearchTextCache } from './search-text-cache';

/** Which reports to search; null (or left out) means any. */
export interface SearchFilters {
  year: number | null;
  placeLevel: PlaceLevel | null;
  /** Text the report's place or the wider area before it (region) must contain, e.g. `恩施`. */
  place: string | null;
  /** Only these reports (a selection, a comparison set). */
  reportIds: readonly string[] | null;
}

/** Every report. */
export const NO_FILTERS: SearchFilters = { year: null, placeLevel: null, place: null, reportIds: null };

/** One occurrence of the term, in UTF-16 code units of the report's text. */
export type SearchMatch = TextMatch;

/**
 * A report's results: its matches in text order (at most
 * `contextsPerReport`), how many there are in all, and the report's text,
 * from which a match's context is worked out when it is shown
 * (`matchInContext`), not for every match found.
 */
export interface ReportMatches {
  report: ReportRecord;
  matches: SearchMatch[];
  count: number;
  text: string;
}

/** Code units of context either side of a match. */
export const CONTEXT_CHARS = 30;

/** The most matches of one report listed with a context, when the analyst asks to see them all. */
export const LISTED_MATCHES = 100;

/** Each result's kept text and term, so more of its matches can be listed when asked for. */
const sources = new WeakMap<ReportMatches, { text: IndexedText; term: string }>();

/** A result, its text and term noted so its other matches can be listed later (`listMatches`). */
function resultOf(report: ReportRecord, found: IndexedMatches, text: IndexedText, term: string): ReportMatches {
  const result = { report, matches: found.matches, count: found.count, text: text.text };
  sources.set(result, { text, term });
  return result;
}

/**
 * How many of a result's matches can be listed with a context: every one it
 * counts, up to `LISTED_MATCHES`, when the search kept its text with it;
 * else those it holds.
 */
export function listable(result: ReportMatches): number {
  return sources.has(result) ? Math.min(result.count, LISTED_MATCHES) : result.matches.length;
}

/**
 * The first `limit` matches of a result: those it holds, or found again in
 * its text when it holds fewer (a search lists only the first few of each
 * report, `contextsPerReport`, so a thousand reports of a common term do not
 * each make a hundred matches no one looks at).
 */
export function listMatches(result: ReportMatches, limit: number): SearchMatch[] {
  const source = sources.get(result);
  if (!source || result.matches.length >= Math.min(limit, result.count)) return result.matches.slice(0, limit);
  return findIndexed(source.text, source.term, limit).matches;
}

const contexts = new WeakMap<SearchMatch, MatchContext>();

/** The match's context in its report (worked out once per match). */
export function matchInContext(result: ReportMatches, match: SearchMatch): MatchContext {
  let context = contexts.get(match);
  if (!context) {
    context = matchContext(result.text, match.start, match.end, CONTEXT_CHARS);
    contexts.set(match, context);
  }
  return context;
}

/**
 * Where a search stands: `empty` (no term), `too-short` (a term the index
 * cannot look up, over too many reports to read), `searching` (results so
 * far, in a progress report), `done`, or `cancelled`.
 */
export type SearchStatus = 'empty' | 'too-short' | 'searching' | 'done' | 'cancelled';

/** A search's results, grouped by report, most matches first, then by title. */
export interface LibrarySearch {
  term: string;
  status: SearchStatus;
  results: ReportMatches[];
  /** Matches in all the results (not only those with a context). */
  matchCount: number;
  /** Candidate reports read so far, of `candidates`. */
  checked: number;
  candidates: number;
  /** True when `limit` stopped the search before every candidate was read. */
  limited: boolean;
}

/** How to search: where, how much, and how to hear of progress or stop. */
export interface SearchOptions {
  filters?: Partial<SearchFilters>;
  /** The library's report records when the caller has them already; else they are read. */
  reports?: readonly ReportRecord[];
  /** Stop once this many reports with matches are found (candidates are read newest year first). */
  limit?: number;
  /** Matches per report listed (their context can be shown; `listMatches` lists more); the rest are counted only. Default `LISTED_MATCHES`. */
  contextsPerReport?: number;
  /** Called with the results so far as batches of reports are read (at most every 100 ms or so). */
  onProgress?(search: LibrarySearch): void;
  /** Set to stop the search between two batches; it then answers `cancelled` with what it has. */
  signal?: { readonly aborted: boolean };
}

/** A term of one character is searched by reading texts not yet kept only up to this many characters in all. */
export const SCAN_LIMIT_CHARS = 3_000_000;
/** Reports read in the first batch (so the first results come quickly) and in each batch after. */
const FIRST_BATCH = 8;
const BATCH = 32;
const PROGRESS_INTERVAL_MS = 100;

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The library's reports in the orders a search uses: reading order (newest
 * year first, reports without a year last, then by title in pinyin order)
 * and each report's rank by title (pinyin, then id). Comparing titles with
 * the collator is slow enough to show in a search of a thousand reports, so
 * both are worked out once for the records the 搜索 view holds, and again
 * only when the library changes (a new array of records).
 */
interface LibraryOrder {
  reading: readonly ReportRecord[];
  titleRank: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, ReportRecord>;
}

const orders = new WeakMap<readonly ReportRecord[], LibraryOrder>();

function libraryOrder(reports: readonly ReportRecord[]): LibraryOrder {
  let order = orders.get(reports);
  if (!order) {
    const byTitle = [...reports].sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const titleRank = new Map(byTitle.map((report, rank) => [report.id, rank]));
    const reading = [...byTitle].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || (titleRank.get(a.id) as number) - (titleRank.get(b.id) as number));
    order = { reading, titleRank, byId: new Map(reports.map((report) => [report.id, report])) };
    orders.set(reports, order);
  }
  return order;
}

/** The cache's version at which every report of the library was found kept, by the library's order. */
const keptAt = new WeakMap<LibraryOrder, number>();

/** True when the text of every report of the library is kept (checked once per library and change of the cache). */
function allKept(order: LibraryOrder, cache: SearchTextCache): boolean {
  if (keptAt.get(order) === cache.version) return true;
  if (!order.reading.every((report) => cache.has(report.id))) return false;
  keptAt.set(order, cache.version);
  return true;
}

/**
 * The order of results: most matches first; then by title in pinyin order,
 * then by id (the title rank of `libraryOrder`), so the order is total.
 */
function beforeInResults(countA: number, rankA: number, countB: number, rankB: number): number {
  return countB - countA || rankA - rankB;
}

/** `beforeInResults` for two results, their ranks looked up in `titleRank`. */
function resultOrder(titleRank: ReadonlyMap<string, number>): (a: ReportMatches, b: ReportMatches) => number {
  return (a, b) => beforeInResults(a.count, titleRank.get(a.report.id) as number, b.count, titleRank.get(b.report.id) as number);
}

/** Two sorted lists merged into a new sorted one. */
function merge(sorted: readonly ReportMatches[], more: ReportMatches[], compare: (a: ReportMatches, b: ReportMatches) => number): ReportMatches[] {
  if (sorted.length === 0) return more.sort(compare);
  more.sort(compare);
  const out: ReportMatches[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    if (j >= more.length || (i < sorted.length && compare(sorted[i] as ReportMatches, more[j] as ReportMatches) <= 0)) out.push(sorted[i++] as ReportMatches);
    else out.push(more[j++] as ReportMatches);
  }
  return out;
}

/** True when the report passes the filters. */
export function passesFilters(report: ReportRecord, filters: SearchFilters, ids: ReadonlySet<string> | null): boolean {
  if (ids && !ids.has(report.id)) return false;
  if (filters.year !== null && report.year !== filters.year) return false;
  if (filters.placeLevel !== null && report.placeLevel !== filters.placeLevel) return false;
  const place = filters.place?.trim();
  if (place && !(report.place ?? '').includes(place) && !(report.region ?? '').includes(place)) return false;
  return true;
}

/**
 * Searches the library for `term` (see the module comment), giving the
 * results grouped by report. Rejects only when the database fails; a term
 * that cannot be searched is a status, not an error.
 */
export async function searchLibrary(db: LibraryDatabase, term: string, options: SearchOptions = {}): Promise<LibrarySearch> {
  const search: LibrarySearch = { term, status: 'empty', results: [], matchCount: 0, checked: 0, candidates: 0, limited: false };
  if (foldTerm(term) === '') return search;
  const filters: SearchFilters = { ...NO_FILTERS, ...options.filters };
  const ids = filters.reportIds ? new Set(filters.reportIds) : null;
  const order = libraryOrder(options.reports ?? (await db.reports.toArray()));
  const candidates = order.reading.filter((report) => passesFilters(report, filters, ids));
  const cache = searchTextCache(db);
  const needle = foldTerm(term);
  // Every text kept (each search after the first): the library's table of pairs names the few reports worth asking.
  if (needle.length >= 2 && options.limit === undefined && allKept(order, cache)) {
    const only = candidates.length === order.reading.length ? null : new Set(candidates.map((report) => report.id));
    return searchKept(term, needle, cache.kept(), only, order, { ...search, candidates: candidates.length }, options);
  }
  if (needle.length < 2) {
    const unread = candidates.reduce((sum, report) => sum + (cache.has(report.id) ? 0 : report.size), 0);
    if (unread > SCAN_LIMIT_CHARS) return { ...search, status: 'too-short', candidates: candidates.length };
  }
  return readCandidates(db, term, candidates, resultOrder(order.titleRank), { ...search, status: 'searching', candidates: candidates.length }, options);
}

/** Finds the term in each candidate's text, reading the texts not kept in batches. */
/** The search of `searchLibrary` when every candidate's text is kept: the reports holding every pair of the term, each asked. */
function searchKept(term: string, needle: string, kept: KeptTexts, only: ReadonlySet<string> | null, order: LibraryOrder, start: LibrarySearch, options: SearchOptions): LibrarySearch {
  const listed = options.contextsPerReport ?? LISTED_MATCHES;
  const found: ReportMatches[] = [];
  const ranks: number[] = [];
  let matchCount = 0;
  const holding = textsWithPairs(kept.pairs, needle);
  for (let k = 0; k < holding.length; k += 1) {
    const n = holding[k] as number;
    const id = kept.ids[n] as string;
    const report = order.byId.get(id);
    const text = kept.texts[n] as IndexedText;
    if (!report || (only && !only.has(id))) continue;
    const matches = findIndexed(text, term, listed);
    if (matches.count === 0) continue;
    found.push(resultOf(report, matches, text, term));
    ranks.push(order.titleRank.get(id) as number);
    matchCount += matches.count;
  }
  if (options.signal?.aborted) return { ...start, status: 'cancelled' };
  // Each title's rank looked up once rather than at every comparison.
  const sorted = found.map((_, i) => i).sort((a, b) => beforeInResults((found[a] as ReportMatches).count, ranks[a] as number, (found[b] as ReportMatches).count, ranks[b] as number));
  return { ...start, status: 'done', results: sorted.map((i) => found[i] as ReportMatches), matchCount, checked: start.candidates };
}

async function readCandidates(
  db: LibraryDatabase,
  term: string,
  candidates: readonly ReportRecord[],
  compare: (a: ReportMatches, b: ReportMatches) => number,
  start: LibrarySearch,
  options: SearchOptions,
): Promise<LibrarySearch> {
  const limit = options.limit ?? Infinity;
  const listed = options.contextsPerReport ?? LISTED_MATCHES;
  const cache = searchTextCache(db);
  let search = start;
  let reported = Date.now();
  let at = 0;
  let skipped = false;
  // With every text kept (each search after the first), the index answers at once: one pass, nothing to report on the way.
  const allKept = candidates.every((report) => cache.has(report.id));
  while (at < candidates.length && search.results.length < limit) {
    if (options.signal?.aborted) return { ...search, status: 'cancelled' };
    const batch = allKept ? candidates : candidates.slice(at, at + (at === 0 ? FIRST_BATCH : BATCH));
    at += batch.length;
    // Texts read by an earlier search are kept indexed; only the others are read.
    const kept: (IndexedText | undefined)[] = batch.map((report) => cache.peek(report.id));
    const missing = batch.flatMap((report, i) => (kept[i] ? [] : [i]));
    if (missing.length > 0) {
      const texts = await db.reportTexts.bulkGet(missing.map((i) => (batch[i] as ReportRecord).id));
      missing.forEach((i, j) => {
        const body = texts[j];
        if (body) kept[i] = cache.put(body.reportId, body.text);
      });
    }
    const found: ReportMatches[] = [];
    for (const [i, report] of batch.entries()) {
      const text = kept[i];
      if (!text) continue; // deleted since the search began
      if (found.length + search.results.length >= limit) {
        skipped = true;
        break;
      }
      const matches = findIndexed(text, term, listed);
      if (matches.count === 0) continue;
      cache.get(report.id); // a report found is a report used: it is kept longest
      found.push(resultOf(report, matches, text, term));
    }
    search = {
      ...search,
      results: found.length > 0 ? merge(search.results, found, compare) : search.results,
      matchCount: search.matchCount + found.reduce((sum, result) => sum + result.count, 0),
      checked: at,
    };
    if (options.onProgress && at < candidates.length && Date.now() - reported >= PROGRESS_INTERVAL_MS) {
      reported = Date.now();
      options.onProgress(search);
    } else if (options.onProgress && at === batch.length && at < candidates.length) {
      options.onProgress(search); // the first batch always, so the first results show at once
    }
  }
  if (options.signal?.aborted) return { ...search, status: 'cancelled' };
  return { ...search, status: 'done', limited: skipped || at < candidates.length };
}
