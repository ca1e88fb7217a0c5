/**
 * The 摘录 view's filters: words (in passages, notes, titles and headings),
 * themes (with their child themes on demand, or excerpts with no theme),
 * year, place level, place and report. Controlled: the view keeps the filter.
 */
import type { ExcerptFilter } from '../../../../core/excerpts/excerpt-filter';
import { NO_THEME } from '../../../../core/excerpts/excerpt-filter';
import type { PlaceLevel } from '../../../../core/report/report';
import type { Theme } from '../../../../core/themes/theme';
import type { ReportRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';

export interface ExcerptFiltersProps {
  filter: ExcerptFilter;
  onChange(filter: ExcerptFilter): void;
  /** The codebook in its order, each theme with its depth in the tree. */
  themes: readonly Theme[];
  depthOf: ReadonlyMap<string, number>;
  /** How many excerpts each theme has (before filtering). */
  counts: ReadonlyMap<string, number>;
  reports: readonly ReportRecord[];
}

/** The distinct values of a field, sorted; nulls left out. */
function distinct<T extends string | number>(values: readonly (T | null)[], compare: (a: T, b: T) => number): T[] {
  return [...new Set(values.filter((value): value is T => value !== null))].sort(compare);
}

/** Several values chosen elsewhere (a cell of 分析 names several reports): shown as one choice of the select. */
const SEVERAL = '\u0000several';

/** A select over one field of the filter: '' is 全部; `several` labels a choice of more than one value made elsewhere. */
function FieldSelect<T extends string | number>(props: {
  label: string;
  all: string;
  values: readonly T[] | undefined;
  several: string;
  options: readonly { value: T; label: string }[];
  onChange(value: T | undefined): void;
}) {
  const { label, all, values = [], several, options, onChange } = props;
  const value = values.length > 1 ? SEVERAL : values.length === 1 ? String(values[0]) : '';
  return (
    <label className="excerpt-filter-field">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          onChange(chosen?.value);
        }}
      >
        <option value="">{all}</option>
        {values.length > 1 && (
          <option value={SEVERAL} disabled>
            {several}
          </option>
        )}
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ExcerptFilters({ filter, onChange, themes, depthOf, counts, reports }: ExcerptFiltersProps) {
  const { t } = useI18n();
  const chosen = new Set(filter.themeIds ?? []);
  const toggleTheme = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange({ ...filter, themeIds: [...next] });
  };
  const years = distinct(
    reports.map((report) => report.year),
    (a, b) => b - a,
  );
  const levels = distinct<PlaceLevel>(
    reports.map((report) => report.placeLevel),
    (a, b) => a.localeCompare(b, 'zh-Hans-CN'),
  );
  const places = distinct(
    reports.map((report) => report.place),
    (a, b) => a.localeCompare(b, 'zh-Hans-CN'),
  );
  const titled = [...reports].sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN'));
  const several = (values: readonly unknown[] | undefined) => t('excerpts.several', { count: values?.length ?? 0 });
  const active = (filter.text ?? '') !== '' || chosen.size > 0 || [filter.years, filter.levels, filter.places, filter.reportIds].some((values) => (values?.length ?? 0) > 0);

  return (
    <aside className="excerpt-filters" aria-label={t('excerpts.filters')}>
      <input type="search" className="excerpt-search" placeholder={t('excerpts.search')} aria-label={t('excerpts.search')} value={filter.text ?? ''} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      <FieldSelect label={t('excerpts.year')} all={t('excerpts.all')} values={filter.years} several={several(filter.years)} options={years.map((year) => ({ value: year, label: String(year) }))} onChange={(year) => onChange({ ...filter, years: year === undefined ? [] : [year] })} />
      <FieldSelect label={t('excerpts.level')} all={t('excerpts.all')} values={filter.levels} several={several(filter.levels)} options={levels.map((level) => ({ value: level, label: level }))} onChange={(level) => onChange({ ...filter, levels: level === undefined ? [] : [level] })} />
      <FieldSelect label={t('excerpts.place')} all={t('excerpts.all')} values={filter.places} several={several(filter.places)} options={places.map((place) => ({ value: place, label: place }))} onChange={(place) => onChange({ ...filter, places: place === undefined ? [] : [place] })} />
      <FieldSelect label={t('excerpts.report')} all={t('excerpts.all')} values={filter.reportIds} several={several(filter.reportIds)} options={titled.map((report) => ({ value: report.id, label: report.title }))} onChange={(id) => onChange({ ...filter, reportIds: id === undefined ? [] : [id] })} />
      <fieldset className="excerpt-theme-filter">
        <legend>{t('excerpts.themes')}</legend>
        <label className="excerpt-include-children">
          <input type="checkbox" checked={filter.includeChildThemes ?? false} onChange={(event) => onChange({ ...filter, includeChildThemes: event.target.checked })} />
          {t('excerpts.includeChildren')}
        </label>
        <ul>
          {themes.map((theme) => (
            <li key={theme.id} style={{ paddingInlineStart: `${(depthOf.get(theme.id) ?? 0) * 14}px` }}>
              <label>
                <input type="checkbox" checked={chosen.has(theme.id)} onChange={() => toggleTheme(theme.id)} />
                <span className="theme-swatch" style={{ background: theme.color }} aria-hidden="true" />
                <span className="excerpt-theme-name">{theme.name}</span>
                <span className="count">{counts.get(theme.id) ?? 0}</span>
              </label>
            </li>
          ))}
          <li>
            <label>
              <input type="checkbox" checked={chosen.has(NO_THEME)} onChange={() => toggleTheme(NO_THEME)} />
              <span className="theme-swatch untagged" aria-hidden="true" />
              <span className="excerpt-theme-name">{t('excerpts.noTheme')}</span>
              <span className="count">{counts.get(NO_THEME) ?? 0}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      {active && (
        <button type="button" className="quiet" onClick={() => onChange({})}>
          {t('excerpts.clear')}
        </button>
      )}
    </aside>
  );
}
