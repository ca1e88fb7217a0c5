/**
 * The library: every report with its title, place, year, length and date of
 * import; filter, sort, open, delete (after asking).
 *
 * The list is windowed: only the rows in view, and a few either side, are in
 * the page (a library of thousands opens and filters at once), each telling
 * screen readers its place in the whole list. Tab goes from row to row as
 * the rows come into view; ↑/↓ move to the next or previous report and
 * Home/End to the first or last. The open report's row is scrolled into view
 * when the list is shown and when another report is opened.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReportRecord } from '../../db/db';
import { library } from '../../db/library';
import { reportMirror } from '../../db/mirrors';
import { useMirror } from '../../db/use-mirror';
import { useI18n } from '../../i18n/i18n';
import { DeleteDialog } from './DeleteDialog';
import { deleteReport } from './delete-report';
import { DEFAULT_LIBRARY_QUERY, libraryYears, queryLibrary, type LibraryQuery, type LibrarySortKey } from './library-query';
import { LibraryRow } from './LibraryRow';

const SORT_KEYS: LibrarySortKey[] = ['importedAt', 'title', 'place', 'year', 'size'];
/** A row's height before it is measured: a one-line title and the line under it. */
const ROW_HEIGHT = 62;
/** The keys that move the focus through the list, and where each moves it from row `at` of `count`. */
const MOVES: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * Memoised: the window re-renders on every tick of an import's progress, and
 * the list of a large library must not re-render with it.
 */
export const LibraryPane = memo(function LibraryPane({ selectedId, onOpen }: { selectedId: string | null; onOpen(id: string | null): void }) {
  const { t, locale } = useI18n();
  const reports = useMirror(reportMirror);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_LIBRARY_QUERY);
  const [pendingDelete, setPendingDelete] = useState<ReportRecord | null>(null);
  const shown = useMemo(() => queryLibrary(reports ?? [], query), [reports, query]);
  const years = useMemo(() => libraryYears(reports ?? []), [reports]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' }), [locale]);
  const numberFormat = useMemo(() => new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB'), [locale]);

  /** The report whose row holds the focus: its row stays in the page while scrolled out of view, so the focus is not lost. */
  const [focused, setFocused] = useState<string | null>(null);
  /** A row to give the focus to once it is in the page (moved to with the keys). */
  const focusNext = useRef<string | null>(null);
  const focusedIndex = useMemo(() => (focused === null ? -1 : shown.findIndex((r) => r.id === focused)), [shown, focused]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return focusedIndex < 0 || indexes.includes(focusedIndex) ? indexes : [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => shown[index]?.id ?? index,
    rangeExtractor,
    overscan: 8,
    gap: 2,
    paddingStart: 2,
    paddingEnd: 12,
  });

  // The open report's row, brought into view once it is listed, and again whenever another is opened.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === null || scrolledTo.current === selectedId) return;
    const index = shown.findIndex((r) => r.id === selectedId);
    if (index < 0) return;
    scrolledTo.current = selectedId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, shown, virtualizer]);

  useEffect(() => {
    if (focusNext.current === null || focusNext.current !== focused) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusedIndex}"] .report-open`);
    if (!button) return;
    focusNext.current = null;
    button.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = MOVES[event.key];
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!move || !row || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    const at = Number(row.dataset.index);
    const next = move(at, shown.length);
    const id = shown[next]?.id;
    // Already there (the first or last row): nothing to move, and no focus left pending for a later render to give.
    if (next === at || id === undefined) return;
    focusNext.current = id;
    setFocused(id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  const remove = useCallback((report: ReportRecord) => setPendingDelete(report), []);
  async function confirmDelete(report: ReportRecord) {
    setPendingDelete(null);
    await deleteReport(library, report.id);
    if (report.id === selectedId) onOpen(null);
  }

  return (
    <aside className="library">
      <div className="library-controls">
        <input
          type="search"
          value={query.text}
          placeholder={t('library.filter')}
          aria-label={t('library.filter')}
          onChange={(e) => setQuery({ ...query, text: e.target.value })}
        />
        <div className="library-selects">
          <select
            aria-label={t('library.year')}
            value={query.year ?? ''}
            onChange={(e) => setQuery({ ...query, year: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('library.yearAll')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <select aria-label={t('library.sort')} value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as LibrarySortKey })}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`library.sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="library-count">{t('library.count', { count: shown.length })}</p>
      </div>
      {reports && reports.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {reports && reports.length > 0 && shown.length === 0 && <p className="empty">{t('library.noMatch')}</p>}
      <div ref={scroller} className="report-list" onKeyDown={onKeyDown}>
        <ul className="report-rows" aria-label={t('library.label')} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const report = shown[item.index]!;
            return (
              <LibraryRow
                key={item.key}
                report={report}
                index={item.index}
                count={shown.length}
                start={item.start}
                selected={report.id === selectedId}
                dateFormat={dateFormat}
                numberFormat={numberFormat}
                measure={virtualizer.measureElement}
                onOpen={onOpen}
                onDelete={remove}
                onFocus={setFocused}
              />
            );
          })}
        </ul>
      </div>
      {pendingDelete && <DeleteDialog reportId={pendingDelete.id} title={pendingDelete.title} onCancel={() => setPendingDelete(null)} onConfirm={() => void confirmDelete(pendingDelete)} />}
    </aside>
  );
});
