/**
 * Searching the library (搜索): a term typed once is found in every report's
 * text through the search index, and the results are listed by report, each
 * match in its context, to open at that passage or to highlight with a theme
 * straight from the list. A term is searched as the analyst pauses typing
 * (200 ms) or at once on Enter.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import type { LibraryDatabase } from '../../db/db';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { SearchFilterBar } from './SearchFilterBar';
import { NO_FILTERS, type LibrarySearch, type SearchFilters } from './search-library';
import { searchFilterOptions } from './search-filter-options';
import { SearchResultList } from './SearchResultList';
import type { PassageRange } from './SearchResultRows';
import { useLibrarySearch } from './use-library-search';
import './search.css';

/** How long typing must pause before the term is searched. */
const DEBOUNCE_MS = 200;

/** What the search pane needs from the app: the codebook, and how to open and to highlight a passage. */
export interface SearchViewProps {
  /** The codebook's themes in the order the coding keys use; the first nine are offered on each match. */
  themes: readonly Theme[];
  /** Opens report `reportId` at the passage `range` (UTF-16 code units of its text). */
  onOpen(reportId: string, range: PassageRange): void;
  /** Highlights the passage `range` of report `reportId` with theme `themeId`; a rejection is shown in the list. */
  onTag(reportId: string, range: PassageRange, themeId: string): void | Promise<void>;
  /** Search only these reports; all of the library when left out. */
  reportIds?: readonly string[];
  /** The library to search; the app's own when left out. */
  db?: LibraryDatabase;
}

/** The search pane; see the module comment. */
export function SearchView({ themes, onOpen, onTag, reportIds, db = library }: SearchViewProps) {
  const { t, locale } = useI18n();
  const hintId = useId();
  const section = useRef<HTMLElement>(null);
  const reports = useLiveQuery(() => db.reports.toArray(), [db]);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [attempt, setAttempt] = useState(0);
  const numbers = useMemo(() => new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB'), [locale]);
  const options = useMemo(() => searchFilterOptions(reports ?? [], filters.placeLevel), [reports, filters.placeLevel]);
  const scoped = useMemo(() => ({ ...filters, reportIds: reportIds ?? filters.reportIds }), [filters, reportIds]);
  const { search, busy, error } = useLibrarySearch(db, term, scoped, reports, attempt);

  useEffect(() => {
    const timer = setTimeout(() => setTerm(input), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTerm(input);
  }

  /** ↓ from the search box goes to the first result. */
  function onTermKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    const first = section.current?.querySelector<HTMLElement>('.search-results [data-primary]');
    if (!first) return;
    event.preventDefault();
    first.focus();
  }

  return (
    <section ref={section} className="search-view" aria-label={t('search.label')}>
      <form className="search-form" role="search" onSubmit={submit}>
        <input
          type="search"
          className="search-term"
          value={input}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onTermKeyDown}
        />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <SearchFilterBar filters={filters} options={options} reports={reportIds ? [] : (reports ?? [])} onChange={setFilters} />
      <div className="search-status" role="status" aria-live="polite" aria-busy={busy}>
        {search && <StatusLine search={search} busy={busy} format={(n) => numbers.format(n)} />}
      </div>
      {error && (
        <p className="search-problem" role="alert">
          {t('search.error', { reason: error })}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('search.retry')}
          </button>
        </p>
      )}
      {!search && (
        <p className="search-calm" id={hintId}>
          {reports && reports.length === 0 ? t('search.emptyLibrary') : t('search.hint')}
        </p>
      )}
      {search && search.results.length > 0 && (
        <>
          <p className="search-keys" id={hintId}>
            {t('search.keys')}
          </p>
          <div className={busy ? 'search-list busy' : 'search-list'}>
            <SearchResultList key={search.term} results={search.results} themes={themes} onOpen={onOpen} onTag={onTag} />
          </div>
        </>
      )}
    </section>
  );
}

/** The line above the results: how many were found where, how far the search has read, or why nothing was searched. */
function StatusLine({ search, busy, format }: { search: LibrarySearch; busy: boolean; format(n: number): string }) {
  const { t } = useI18n();
  if (search.status === 'too-short') return <p className="search-calm">{t('search.tooShort')}</p>;
  if (search.status === 'done' && search.results.length === 0 && !busy) return <p className="search-calm">{t('search.none', { term: search.term.trim() })}</p>;
  return (
    <p className="search-count">
      {t('search.count', { reports: format(search.results.length), matches: format(search.matchCount) })}
      {search.status === 'searching' && <span className="search-progress">{t('search.progress', { checked: format(search.checked), candidates: format(search.candidates) })}</span>}
    </p>
  );
}
