/**
 * 摘录: every highlight of the library as an excerpt with its citation,
 * grouped by theme (the codebook's tree) or listed by report, filtered by
 * theme, place, level, year, report and words; each expands to show its
 * context and opens its report at the passage. What is shown is what 导出摘录
 * writes. The filter belongs to the caller, so it outlives a visit elsewhere
 * and the analysis view can send the analyst here with one set.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Excerpt } from '../../../../core/excerpts/excerpt';
import { excerptContext, type ContextLevel } from '../../../../core/excerpts/excerpt-context';
import { filterExcerpts, NO_THEME, type ExcerptFilter } from '../../../../core/excerpts/excerpt-filter';
import { groupByTheme, type ThemeGroup } from '../../../../core/excerpts/group-by-theme';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { localIsoTime, today } from '../../lib/local-time';
import { ExportMenu } from '../export/ExportMenu';
import { ProjectMenu } from '../export/ProjectMenu';
import { ExcerptFilters } from './ExcerptFilters';
import { ExcerptList } from './ExcerptList';
import type { ContextOf } from './ExcerptCard';
import { useLibraryExcerpts } from './use-library-excerpts';
import './excerpts.css';

export interface ExcerptsViewProps {
  /** The codebook in its order (parents before their children). */
  themes: readonly Theme[];
  filter: ExcerptFilter;
  onFilterChange(filter: ExcerptFilter): void;
  /** Opens the excerpt's report with its highlight open. */
  onOpen(excerpt: Excerpt): void;
}

export function ExcerptsView({ themes, filter, onFilterChange, onOpen }: ExcerptsViewProps) {
  const { t } = useI18n();
  const library = useLibraryExcerpts();
  const [grouped, setGrouped] = useState(true);
  const shownFilter = useDeferredValue(filter);

  const themeById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const depthOf = useMemo(() => {
    const depths = new Map<string, number>();
    const depth = (theme: Theme): number => {
      const known = depths.get(theme.id);
      if (known !== undefined) return known;
      const parent = theme.parentId === null ? undefined : themeById.get(theme.parentId);
      depths.set(theme.id, 0); // a guard against cycles while the depth is worked out
      const value = parent ? depth(parent) + 1 : 0;
      depths.set(theme.id, value);
      return value;
    };
    themes.forEach(depth);
    return depths;
  }, [themes, themeById]);

  const all = library?.excerpts;
  const counts = useMemo(() => {
    const tally = new Map<string, number>();
    for (const excerpt of all ?? []) {
      const known = excerpt.themeIds.filter((id) => themeById.has(id));
      if (known.length === 0) tally.set(NO_THEME, (tally.get(NO_THEME) ?? 0) + 1);
      for (const id of known) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    return tally;
  }, [all, themeById]);
  const shown = useMemo(() => (all ? filterExcerpts(all, shownFilter, themes) : []), [all, shownFilter, themes]);
  const groups = useMemo<ThemeGroup[]>(
    () => (grouped ? groupByTheme(shown, themes, { includeChildren: shownFilter.includeChildThemes ?? false }) : [{ theme: null, path: [], depth: 0, excerpts: shown }]),
    [grouped, shown, themes, shownFilter.includeChildThemes],
  );
  const bodies = library?.bodies;
  const contextOf = useCallback<ContextOf>(
    (excerpt, level) => {
      const body = bodies?.get(excerpt.citation.reportId);
      if (!body) return { before: '', after: '' };
      const { before, after } = excerptContext(body.text, excerpt, { level: (level - 1) as ContextLevel });
      return { before, after };
    },
    [bodies],
  );

  const reportCount = useMemo(() => new Set(shown.map((excerpt) => excerpt.citation.reportId)).size, [shown]);
  const exportInput = useCallback(() => ({ excerpts: shown, themes, exportedAt: localIsoTime() }), [shown, themes]);
  const onlyReport = filter.reportIds?.length === 1 ? library?.reports.find((report) => report.id === filter.reportIds?.[0]) : undefined;

  let body;
  if (!library) body = <p className="empty">{t('excerpts.loading')}</p>;
  else if (library.excerpts.length === 0) body = <p className="empty">{t('excerpts.empty')}</p>;
  else if (shown.length === 0) body = <p className="empty">{t('excerpts.noMatch')}</p>;
  else body = <ExcerptList groups={groups} grouped={grouped} themeById={themeById} contextOf={contextOf} onOpen={onOpen} />;

  return (
    <div className="excerpts-view">
      <ExcerptFilters filter={filter} onChange={onFilterChange} themes={themes} depthOf={depthOf} counts={counts} reports={library?.reports ?? []} />
      <section className="excerpts-main" aria-label={t('excerpts.label')}>
        <div className="excerpts-bar">
          <span className="excerpts-count" role="status">
            {library && t('excerpts.count', { shown: shown.length, reports: reportCount, total: library.excerpts.length })}
          </span>
          <label className="excerpts-grouped">
            <input type="checkbox" checked={grouped} onChange={(event) => setGrouped(event.target.checked)} />
            {t('excerpts.grouped')}
          </label>
          <ExportMenu input={exportInput} name={onlyReport ? onlyReport.title : t('export.fileName', { date: today() })} label={t('export.button')} title={t('export.title')} />
          <ProjectMenu />
        </div>
        {library && library.orphans > 0 && <p className="excerpts-orphans">{t('excerpts.orphans', { count: library.orphans })}</p>}
        {body}
      </section>
    </div>
  );
}
