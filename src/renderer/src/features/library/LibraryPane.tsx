/**
 * The library: every report with its title, place, year, length and date of
 * import; filter, sort, open, delete (after asking).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import type { ReportRecord } from '../../db/db';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { DeleteDialog } from './DeleteDialog';
import { deleteReport } from './delete-report';
import { DEFAULT_LIBRARY_QUERY, libraryYears, queryLibrary, type LibraryQuery, type LibrarySortKey } from './library-query';

const SORT_KEYS: LibrarySortKey[] = ['importedAt', 'title', 'place', 'year', 'size'];

/**
 * Memoised: the window re-renders on every tick of an import's progress, and
 * the list of a large library must not re-render with it.
 */
export const LibraryPane = memo(function LibraryPane({ selectedId, onOpen }: { selectedId: string | null; onOpen(id: string | null): void }) {
  const { t, locale } = useI18n();
  const reports = useLiveQuery(() => library.reports.toArray(), []);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_LIBRARY_QUERY);
  const [pendingDelete, setPendingDelete] = useState<ReportRecord | null>(null);
  const shown = useMemo(() => queryLibrary(reports ?? [], query), [reports, query]);
  const years = useMemo(() => libraryYears(reports ?? []), [reports]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' }), [locale]);
  const numberFormat = useMemo(() => new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB'), [locale]);

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
      <ul className="report-list" aria-label={t('library.label')}>
        {shown.map((r) => (
          <li key={r.id} className={r.id === selectedId ? 'report-item selected' : 'report-item'}>
            <button type="button" className="report-open" aria-current={r.id === selectedId ? 'true' : undefined} onClick={() => onOpen(r.id)}>
              <span className="report-title">
                {r.title}
                {r.sample && <span className="badge">{t('library.sample')}</span>}
                {r.incomplete && <span className="badge badge-warning">{t('library.incomplete')}</span>}
              </span>
              <span className="report-meta">
                <span>{r.place ?? t('library.unknownPlace')}</span>
                <span>{r.year ?? t('library.unknownYear')}</span>
                <span>{t('library.chars', { count: numberFormat.format(r.size) })}</span>
                <span>{t('library.imported', { date: dateFormat.format(new Date(r.importedAt)) })}</span>
              </span>
            </button>
            <button type="button" className="report-delete quiet" aria-label={t('library.deleteLabel', { title: r.title })} title={t('library.delete')} onClick={() => setPendingDelete(r)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {pendingDelete && <DeleteDialog reportId={pendingDelete.id} title={pendingDelete.title} onCancel={() => setPendingDelete(null)} onConfirm={() => void confirmDelete(pendingDelete)} />}
    </aside>
  );
});
