/**
 * Running a library search from the interface: a new term or filter starts a
 * new search and stops the one before; results arrive batch by batch; a
 * change to the library (an import, a deletion) runs the search again,
 * keeping the results on screen until the new ones come. A failure is given
 * back as a message to show, never thrown.
 */
import { useEffect, useState } from 'react';
import { foldTerm } from '../../../../core/text/folded-text';
import type { LibraryDatabase, ReportRecord } from '../../db/db';
import { searchLibrary, type LibrarySearch, type SearchFilters } from './search-library';
import { MATCHES_SHOWN } from './search-rows';

/** What the interface shows of a search. */
export interface LibrarySearchState {
  /** The latest results: of the current request, or of the one before while the current one starts. */
  search: LibrarySearch | null;
  /** True until the current request is done. */
  busy: boolean;
  /** Why the current request failed, or null. */
  error: string | null;
}

interface Settled {
  request: string;
  search: LibrarySearch | null;
  done: boolean;
  error: string | null;
}

/**
 * Searches `db` for `term` within `filters`, again whenever `reports` (the
 * library's records, as a live query gives them) changes; `attempt` bumps to
 * retry after a failure. Nothing runs while the term is empty or `reports` is
 * not loaded yet.
 */
export function useLibrarySearch(db: LibraryDatabase, term: string, filters: SearchFilters, reports: readonly ReportRecord[] | undefined, attempt = 0): LibrarySearchState {
  const { year, placeLevel, place } = filters;
  // The ids by content, so a caller passing an equal new array each render does not restart the search.
  const idsKey = filters.reportIds ? filters.reportIds.join('\n') : null;
  const request = JSON.stringify([term, year, placeLevel, place, idsKey, attempt]);
  const [settled, setSettled] = useState<Settled>({ request: '', search: null, done: true, error: null });
  const active = foldTerm(term) !== '' && reports !== undefined;

  useEffect(() => {
    if (!active) return;
    const signal = { aborted: false };
    const reportIds = idsKey === null ? null : idsKey === '' ? [] : idsKey.split('\n');
    const show = (search: LibrarySearch, done: boolean) => {
      if (!signal.aborted) setSettled({ request, search, done, error: null });
    };
    searchLibrary(db, term, { reports, filters: { year, placeLevel, place, reportIds }, contextsPerReport: MATCHES_SHOWN, signal, onProgress: (partial) => show(partial, false) })
      .then((search) => show(search, true))
      .catch((error: unknown) => {
        if (!signal.aborted) setSettled((before) => ({ request, search: before.search, done: true, error: error instanceof Error ? error.message : String(error) }));
      });
    return () => {
      signal.aborted = true;
    };
  }, [active, db, term, year, placeLevel, place, idsKey, reports, request]);

  if (!active) return { search: null, busy: false, error: null };
  const current = settled.request === request;
  return { search: settled.search, busy: !current || !settled.done, error: current ? settled.error : null };
}
