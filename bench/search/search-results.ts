/**
 * The search benchmark's results: each term's medians (first results and
 * complete result through the interface, the search engine alone, the
 * baseline scan, and the ratio of the engine to the scan), the p50 and p95
 * over every timed search of every term, and
 * both as the plain-text tables the runner prints.
 */
import { summarize, table, type Summary } from '../open-report/statistics';
import type { SearchTiming } from './search-clock';
import type { ScanTiming } from './scan-baseline';
import type { SearchTerm, TermFrequency } from './search-terms';

/** One term's figures. */
export interface TermResult extends SearchTerm, TermFrequency {
  first: Summary;
  complete: Summary;
  /** The app's `searchLibrary` alone, its texts kept (no interface). */
  engine: Summary;
  scan: Summary;
  /** Median engine search over median scan. */
  ratio: number;
  /** What the app's count line showed with the first results and at the end (of the last run). */
  firstCount: SearchTiming['firstCount'];
  finalCount: SearchTiming['finalCount'];
  runs: { first: number[]; complete: number[]; engine: number[]; scan: number[] };
}

/** The p50 and p95 of some times, in ms rounded to 0.1. */
export interface Percentiles {
  p50: number;
  p95: number;
  samples: number;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** The `p`th percentile of `values` by nearest rank (the smallest value with at least p % of them at or below it). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile: no values');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: ${p} is not in (0, 100]`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

/** The p50 and p95 of `values`. */
export function percentiles(values: readonly number[]): Percentiles {
  return { p50: tenth(percentile(values, 50)), p95: tenth(percentile(values, 95)), samples: values.length };
}

/** A term's figures from its frequency and its timed runs. */
export function termResult(term: SearchTerm, frequency: TermFrequency, searches: readonly SearchTiming[], engines: readonly ScanTiming[], scans: readonly ScanTiming[]): TermResult {
  const hundredth = (n: number) => Math.round(n * 100) / 100;
  const runs = { first: searches.map((s) => tenth(s.first)), complete: searches.map((s) => tenth(s.complete)), engine: engines.map((s) => hundredth(s.ms)), scan: scans.map((s) => hundredth(s.ms)) };
  const engine = summarize(runs.engine);
  const scan = summarize(runs.scan);
  const last = searches[searches.length - 1]!;
  return {
    ...term,
    ...frequency,
    first: summarize(runs.first),
    complete: summarize(runs.complete),
    engine,
    scan,
    ratio: Math.round((engine.median / Math.max(scan.median, 0.01)) * 1000) / 1000,
    firstCount: last.firstCount,
    finalCount: last.finalCount,
    runs,
  };
}

/** The p50 and p95 over every run of every term, of each measure, and over the terms of their ratio. */
export function overall(terms: readonly TermResult[]): { first: Percentiles; complete: Percentiles; engine: Percentiles; scan: Percentiles; ratio: Percentiles } {
  return {
    first: percentiles(terms.flatMap((t) => t.runs.first)),
    complete: percentiles(terms.flatMap((t) => t.runs.complete)),
    engine: percentiles(terms.flatMap((t) => t.runs.engine)),
    scan: percentiles(terms.flatMap((t) => t.runs.scan)),
    ratio: percentiles(terms.map((t) => t.ratio)),
  };
}

/** The table of terms: what the library holds of each and its medians. */
export function termTable(terms: readonly TermResult[]): string {
  return table(
    ['term', 'kind', 'reports', 'matches', 'first', 'complete', 'engine', 'indexOf', 'engine ÷ indexOf'],
    terms.map((t) => [t.term, t.kind, t.reports, t.matches, t.first.median, t.complete.median, t.engine.median, t.scan.median, t.ratio]),
  );
}

/** The table of p50 and p95 over every search, with the ratio of the app's search engine to the scan. */
export function overallTable(figures: ReturnType<typeof overall>, reports: number): string {
  const ratio = (n: number, base: number) => `${(n / Math.max(base, 0.01)).toFixed(3)} ×`;
  return table(
    ['measure', 'p50', 'p95', 'samples'],
    [
      ['app: Enter → first results', figures.first.p50, figures.first.p95, figures.first.samples],
      ['app: Enter → complete result', figures.complete.p50, figures.complete.p95, figures.complete.samples],
      ['app\'s searchLibrary alone, texts kept', figures.engine.p50, figures.engine.p95, figures.engine.samples],
      [`indexOf over ${reports.toLocaleString('en-US')} texts in memory`, figures.scan.p50, figures.scan.p95, figures.scan.samples],
      ['engine ÷ indexOf (of the percentiles)', ratio(figures.engine.p50, figures.scan.p50), ratio(figures.engine.p95, figures.scan.p95), ''],
      ['engine ÷ indexOf (each term, medians)', `${figures.ratio.p50} ×`, `${figures.ratio.p95} ×`, figures.ratio.samples],
    ],
  );
}
