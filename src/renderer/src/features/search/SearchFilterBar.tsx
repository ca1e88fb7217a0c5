/**
 * The search filters: year, place level, place (typed, with the library's
 * places of the chosen level suggested) and report, and a button to clear them.
 */
import { useId, useMemo } from 'react';
import type { PlaceLevel } from '../../../../core/report/report';
import type { ReportRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';
import type { SearchFilters } from './search-library';
import { PLACE_LEVELS, type SearchFilterOptions } from './search-filter-options';

/** The filters as they are, what they may choose from, and where a change goes. */
export interface SearchFilterBarProps {
  filters: SearchFilters;
  options: SearchFilterOptions;
  /** The reports one may be chosen from (none: no report filter is offered). */
  reports: readonly ReportRecord[];
  onChange(filters: SearchFilters): void;
}

/** The filter controls; see the module comment. */
export function SearchFilterBar({ filters, options, reports, onChange }: SearchFilterBarProps) {
  const { t } = useI18n();
  const placesId = useId();
  const filtered = filters.year !== null || filters.placeLevel !== null || (filters.place ?? '') !== '' || filters.reportIds !== null;
  const titled = useMemo(() => [...reports].sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN')), [reports]);
  return (
    <fieldset className="search-filters">
      <legend>{t('search.filters')}</legend>
      <select aria-label={t('search.year')} value={filters.year ?? ''} onChange={(e) => onChange({ ...filters, year: e.target.value ? Number(e.target.value) : null })}>
        <option value="">{t('search.yearAll')}</option>
        {options.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <select
        aria-label={t('search.level')}
        value={filters.placeLevel ?? ''}
        onChange={(e) => onChange({ ...filters, placeLevel: e.target.value ? (e.target.value as PlaceLevel) : null })}
      >
        <option value="">{t('search.levelAll')}</option>
        {PLACE_LEVELS.filter((entry) => options.levels.includes(entry.level)).map((entry) => (
          <option key={entry.level} value={entry.level}>
            {t(entry.key)}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="search-place"
        aria-label={t('search.place')}
        placeholder={t('search.placePlaceholder')}
        list={placesId}
        value={filters.place ?? ''}
        onChange={(e) => onChange({ ...filters, place: e.target.value === '' ? null : e.target.value })}
      />
      <datalist id={placesId}>
        {options.places.map((place) => (
          <option key={place} value={place} />
        ))}
      </datalist>
      {titled.length > 0 && (
        <select
          className="search-report-filter"
          aria-label={t('search.report')}
          value={filters.reportIds?.length === 1 ? filters.reportIds[0] : ''}
          onChange={(e) => onChange({ ...filters, reportIds: e.target.value ? [e.target.value] : null })}
        >
          <option value="">{t('search.reportAll')}</option>
          {titled.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title}
            </option>
          ))}
        </select>
      )}
      {filtered && (
        <button type="button" className="search-clear" onClick={() => onChange({ ...filters, year: null, placeLevel: null, place: null, reportIds: null })}>
          {t('search.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
