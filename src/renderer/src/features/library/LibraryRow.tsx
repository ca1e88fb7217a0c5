/**
 * One report of the library list: its title and badges, place, year, length
 * and date of import, a button to open it and one to delete it. Placed by the
 * list's windowing (`start`) and measured by it, since a long title wraps.
 */
import { memo } from 'react';
import type { ReportRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';

export interface LibraryRowProps {
  report: ReportRecord;
  /** Its place in the list (from 0), of `count`, for screen readers: only the rows in view are in the page. */
  index: number;
  count: number;
  /** Its offset from the top of the list, in pixels. */
  start: number;
  /** True for the report open in the reader. */
  selected: boolean;
  dateFormat: Intl.DateTimeFormat;
  numberFormat: Intl.NumberFormat;
  measure(element: HTMLElement | null): void;
  onOpen(id: string): void;
  onDelete(report: ReportRecord): void;
  onFocus(id: string): void;
}

/** Memoised: scrolling the list must render only the rows coming into view. */
export const LibraryRow = memo(function LibraryRow({ report: r, index, count, start, selected, dateFormat, numberFormat, measure, onOpen, onDelete, onFocus }: LibraryRowProps) {
  const { t } = useI18n();
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={selected ? 'report-item selected' : 'report-item'}
      style={{ transform: `translateY(${start}px)` }}
      onFocus={() => onFocus(r.id)}
    >
      <button type="button" className="report-open" aria-current={selected ? 'true' : undefined} onClick={() => onOpen(r.id)}>
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
      <button type="button" className="report-delete quiet" aria-label={t('library.deleteLabel', { title: r.title })} title={t('library.delete')} onClick={() => onDelete(r)}>
        ×
      </button>
    </li>
  );
});
