/**
 * 批注: the open report's highlights in reading order, each with its passage,
 * themes and note; filtered by theme and by words in notes (or passages); a
 * click jumps to the highlight and opens it. Highlights whose passage is no
 * longer in the text (orphans) are listed apart with their quote and note,
 * never dropped unless the analyst removes them.
 */
import { memo, useMemo, useState } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import type { HighlightRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';
import { ThemeTags } from '../themes/ThemeTags';
import type { Placement } from './place-highlights';

export interface AnnotationsPanelProps {
  records: readonly HighlightRecord[];
  placement: Placement;
  themes: readonly Theme[];
  activeId: string | null;
  onOpen(id: string): void;
  onRemoveOrphans(ids: readonly string[]): void;
  /** True while the list shown is behind the report's highlights (it is drawn after the report). */
  stale?: boolean;
}

/** True when the highlight passes the panel's filters. */
function passes(record: HighlightRecord, themeId: string, words: string): boolean {
  if (themeId === 'none' && record.themeIds.length > 0) return false;
  if (themeId !== '' && themeId !== 'none' && !record.themeIds.includes(themeId)) return false;
  if (words === '') return true;
  return record.note.toLowerCase().includes(words) || record.selectors.quote.exact.toLowerCase().includes(words);
}

interface AnnotationItemProps {
  record: HighlightRecord;
  orphan: boolean;
  active: boolean;
  themeById: ReadonlyMap<string, Theme>;
  onOpen(id: string): void;
}

/**
 * One highlight of the list. Memoised on its record, so adding a highlight to
 * a report with a thousand re-renders one item, not the list.
 */
const AnnotationItem = memo(function AnnotationItem({ record, orphan, active, themeById, onOpen }: AnnotationItemProps) {
  return (
    <li className={`annotation${active ? ' active' : ''}${orphan ? ' orphan' : ''}`}>
      <button type="button" className="annotation-open" disabled={orphan} onClick={() => onOpen(record.id)}>
        <span className="annotation-passage" lang="zh-CN">
          {record.selectors.quote.exact}
        </span>
        <ThemeTags themeIds={record.themeIds} themeById={themeById} className="annotation-themes" />
        {record.note && <span className="annotation-note">{record.note}</span>}
      </button>
    </li>
  );
});

export const AnnotationsPanel = memo(function AnnotationsPanel({ records, placement, themes, activeId, onOpen, onRemoveOrphans, stale = false }: AnnotationsPanelProps) {
  const { t } = useI18n();
  const [themeId, setThemeId] = useState('');
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);
  const themeById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const words = search.trim().toLowerCase();
  const shown = useMemo(
    () => placement.placed.map((placed) => byId.get(placed.id)).filter((record): record is HighlightRecord => record !== undefined && passes(record, themeId, words)),
    [placement, byId, themeId, words],
  );
  const item = (record: HighlightRecord, orphan: boolean) => (
    <AnnotationItem key={record.id} record={record} orphan={orphan} active={record.id === activeId} themeById={themeById} onOpen={onOpen} />
  );
  const orphans = placement.orphans;

  return (
    <section className="annotations" aria-label={t('annotate.panel')} aria-busy={stale}>
      <div className="annotations-filters">
        <select value={themeId} aria-label={t('annotate.filterTheme')} onChange={(event) => setThemeId(event.target.value)}>
          <option value="">{t('annotate.allThemes')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
          <option value="none">{t('annotate.noTheme')}</option>
        </select>
        <input type="search" value={search} placeholder={t('annotate.searchNotes')} aria-label={t('annotate.searchNotes')} onChange={(event) => setSearch(event.target.value)} />
      </div>
      <p className="annotations-count">{t('annotate.count', { shown: shown.length, total: placement.placed.length })}</p>
      {placement.placed.length === 0 ? (
        !stale && <p className="empty annotations-empty">{t('annotate.none')}</p>
      ) : shown.length === 0 ? (
        <p className="empty annotations-empty">{t('annotate.noneMatch')}</p>
      ) : (
        <ol className="annotation-list">{shown.map((record) => item(record, false))}</ol>
      )}
      {orphans.length > 0 && (
        <details className="orphans" open>
          <summary>{t('annotate.orphans', { count: orphans.length })}</summary>
          <p className="orphans-help">{t('annotate.orphansHelp')}</p>
          <ol className="annotation-list">{orphans.map((record) => item(record, true))}</ol>
          <button type="button" className="quiet danger-text" onClick={() => onRemoveOrphans(orphans.map((record) => record.id))}>
            {t('annotate.removeOrphans')}
          </button>
        </details>
      )}
    </section>
  );
});
