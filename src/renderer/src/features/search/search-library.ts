/**
 * Searching the whole library for a term: the search index narrows the
 * library to the reports holding every gram of the term (pairs of adjacent
 * characters, see core/search/text-grams), then those reports' texts are
 * read, a batch at a time (or taken from the texts earlier searches kept,
 * `search-text-cache.ts`), to find the term itself and its context. The
 * pairs of a long term may be in a report apart (`营商` here, `环境` there),
 * so only the texts decide what is a match.
 *
 * A term without a pair of letters or digits (a single character like `税`)
 * cannot be looked up in the index: it is searched by reading the texts, and
 * only when the filters leave few enough of them (`SCAN_LIMIT_CHARS`); else
 * the search answers `too-short` and the interface asks for two characters or
 * narrower filters. A report stored without an index row (which the app's own
 * writes never leave) is read as a candidate rather than missed.
 */
import { findMatches, type TextMatch } from '../../../../core/text/find-matches';
import { foldTerm } from '../../../../core/text/folded-text';
import { matchContext, type MatchContext } from '../../../../core/search/match-context';
import { queryGrams } from '../../../../core/search/text-grams';
import type { PlaceLevel } from '../../../../core/report/report';
import type { LibraryDatabase, ReportRecord } from '../../db/db';
import { indexCandidates } from './index-candidates';
import { searchTextCache } from './search-text-cache';

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
  /** Matches per report listed (their context can be shown); the rest are counted only. Default 100. */
  contextsPerReport?: number;
  /** Called with the results so far as batches of reports are read (at most every 100 ms or so). */
  onProgress?(search: LibrarySearch): void;
  /** Set to stop the search between two batches; it then answers `cancelled` with what it has. */
  signal?: { readonly aborted: boolean };
}

/** A term the index cannot look up is searched by reading texts only up to this many characters in all. */
export const SCAN_LIMIT_CHARS = 3_000_000;
/** Reports read in the first batch (so the first results come quickly) and in each batch after. */
const FIRST_BATCH = 8;
const BATCH = 32;
const PROGRESS_INTERVAL_MS = 100;

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Most matches first; then by title in pinyin order; then by id, so the order is total. */
function compareResults(a: ReportMatches, b: ReportMatches): number {
  return b.count - a.count || collator.compare(a.report.title, b.report.title) || (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0);
}

/** Two sorted lists merged into a new sorted one. */
function merge(sorted: readonly ReportMatches[], more: ReportMatches[]): ReportMatches[] {
  more.sort(compareResults);
  const out: ReportMatches[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    if (j >= more.length || (i < sorted.length && compareResults(sorted[i] as ReportMatches, more[j] as ReportMatches) <= 0)) out.push(sorted[i++] as ReportMatches);
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

/** Newest year first (reports without a year last), then by title. */
function readingOrder(a: ReportRecord, b: ReportRecord): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || collator.compare(a.title, b.title);
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
  const reports = options.reports ?? (await db.reports.toArray());
  let candidates = reports.filter((report) => passesFilters(report, filters, ids));

  const grams = queryGrams(term);
  if (grams.length === 0) {
    const chars = candidates.reduce((sum, report) => sum + report.size, 0);
    if (chars > SCAN_LIMIT_CHARS) return { ...search, status: 'too-short', candidates: candidates.length };
  } else if (candidates.length > 0) {
    const { matched, indexed } = await indexCandidates(db, grams);
    candidates = candidates.filter((report) => matched.has(report.id) || !indexed.has(report.id));
  }
  candidates.sort(readingOrder);
  return readCandidates(db, term, candidates, { ...search, status: 'searching', candidates: candidates.length }, options);
}

/** Reads the candidates' texts in batches and finds the term in each. */
async function readCandidates(db: LibraryDatabase, term: string, candidates: readonly ReportRecord[], start: LibrarySearch, options: SearchOptions): Promise<LibrarySearch> {
  const limit = options.limit ?? Infinity;
  const listed = options.contextsPerReport ?? 100;
  const cache = searchTextCache(db);
  let search = start;
  let reported = Date.now();
  let at = 0;
  let skipped = false;
  while (at < candidates.length && search.results.length < limit) {
    if (options.signal?.aborted) return { ...search, status: 'cancelled' };
    const batch = candidates.slice(at, at + (at === 0 ? FIRST_BATCH : BATCH));
    at += batch.length;
    // Texts read by an earlier search are kept folded; only the others are read.
    const kept = new Map(batch.flatMap((report) => {
      const folded = cache.get(report.id);
      return folded ? [[report.id, folded] as const] : [];
    }));
    const missing = batch.filter((report) => !kept.has(report.id));
    const texts = missing.length > 0 ? await db.reportTexts.bulkGet(missing.map((report) => report.id)) : [];
    missing.forEach((report, i) => {
      const body = texts[i];
      if (body) kept.set(report.id, cache.put(report.id, body.text));
    });
    const found: ReportMatches[] = [];
    batch.forEach((report) => {
      const folded = kept.get(report.id);
      if (found.length + search.results.length >= limit) {
        skipped = true;
        return;
      }
      if (!folded) return; // deleted since the search began
      const matches = findMatches(folded, term);
      if (matches.length === 0) return;
      found.push({ report, matches: matches.slice(0, listed), count: matches.length, text: folded.text });
    });
    search = {
      ...search,
      results: found.length > 0 ? merge(search.results, found) : search.results,
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
