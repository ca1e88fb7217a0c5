/**
 * The app's library search without its interface, bundled (page-script.ts)
 * and evaluated in the app's page: the app's own `searchLibrary`, over the
 * app's database, with the library's report records in hand as the 搜索 view
 * has them (from its live query) and the view's options (the first matches of
 * each report listed, the others counted). It keeps its texts and their indexes
 * between searches as the app does (its own copy of the cache, warmed by the
 * warm-up round), so it is compared with the `indexOf` scan over texts in
 * memory like for like: both search text already in memory, neither draws.
 */
import { DATABASE_NAME, LibraryDatabase, type ReportRecord } from '../../src/renderer/src/db/db';
import { searchLibrary } from '../../src/renderer/src/features/search/search-library';
import { MATCHES_SHOWN } from '../../src/renderer/src/features/search/search-rows';
import type { ScanTiming } from './scan-baseline';

declare global {
  interface Window {
    benchEngine?: (term: string) => Promise<ScanTiming>;
  }
}

const db = new LibraryDatabase(DATABASE_NAME);
let reports: ReportRecord[] | null = null;

window.benchEngine = async (term) => {
  reports ??= await db.reports.toArray();
  const start = performance.now();
  const search = await searchLibrary(db, term, { reports, contextsPerReport: MATCHES_SHOWN });
  const ms = performance.now() - start;
  if (search.status !== 'done') throw new Error(`The search for ${term} ended ${search.status}`);
  return { ms, reports: search.results.length, matches: search.matchCount };
};
