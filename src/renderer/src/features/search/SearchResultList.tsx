/**
 * The search results as one virtualised list (only the rows in view are in
 * the page), so a common term found thousands of times scrolls smoothly.
 * Keyboard: ↑/↓ move between results, Enter opens the focused one, 1–9
 * highlight the focused match with the theme at that place.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import type { ReportMatches } from './search-library';
import { MatchRow, MoreRow, ReportRow, type PassageRange } from './SearchResultRows';
import { nextFocusableRow, searchRows, type SearchRow } from './search-rows';

/**
 * What a row of each kind measures before it is drawn, in pixels: what it
 * measures in a wide window (a match's context on one line). A row that
 * measures as estimated costs the virtualiser nothing more; each that does
 * not moves every row after it.
 */
const ESTIMATED_HEIGHT: Record<SearchRow['kind'], number> = { report: 63, match: 42, more: 29 };
/** Themes offered on each match, as the coding keys 1–9 offer them. */
const THEMES_SHOWN = 9;

/** The results to list, the themes to offer, and what opening and highlighting a match do. */
export interface SearchResultListProps {
  results: readonly ReportMatches[];
  themes: readonly Theme[];
  onOpen(reportId: string, range: PassageRange): void;
  /** Highlights the passage with the theme; may be async, and a rejection is shown beside the list. */
  onTag(reportId: string, range: PassageRange, themeId: string): void | Promise<void>;
}

const matchKey = (reportId: string, range: PassageRange) => `${reportId}:${range.start}:${range.end}`;

/** The results list; see the module comment. */
export function SearchResultList({ results, themes, onOpen, onTag }: SearchResultListProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  /** Names of the themes each match was highlighted with from this list, by `matchKey`. */
  const [tagged, setTagged] = useState<ReadonlyMap<string, readonly string[]>>(() => new Map());
  const [tagError, setTagError] = useState<string | null>(null);
  const rows = useMemo(() => searchRows(results, expanded), [results, expanded]);
  const shownThemes = useMemo(() => themes.slice(0, THEMES_SHOWN), [themes]);
  const scroller = useRef<HTMLDivElement>(null);
  // Stable while the rows are: the virtualiser works out every row's place again whenever these change.
  const estimateSize = useCallback((index: number) => ESTIMATED_HEIGHT[rows[index]?.kind ?? 'match'], [rows]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);

  // The virtualiser hands back fresh functions each render; the component reads them in render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: 8,
  });

  const toggle = useCallback((reportId: string) => {
    setExpanded((before) => {
      const next = new Set(before);
      if (!next.delete(reportId)) next.add(reportId);
      return next;
    });
  }, []);

  const tag = useCallback(
    (reportId: string, range: PassageRange, themeId: string) => {
      const name = themes.find((theme) => theme.id === themeId)?.name ?? themeId;
      setTagError(null);
      Promise.resolve()
        .then(() => onTag(reportId, range, themeId))
        .then(() =>
          setTagged((before) => {
            const key = matchKey(reportId, range);
            const names = before.get(key) ?? [];
            if (names.includes(name)) return before;
            return new Map(before).set(key, [...names, name]);
          }),
        )
        .catch((error: unknown) => setTagError(t('search.tagFailed', { reason: error instanceof Error ? error.message : String(error) })));
    },
    [onTag, t, themes],
  );

  /** Scrolls row `index` into view and gives its main button the focus once it is drawn. */
  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    const attempt = () => {
      const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-primary]`);
      if (button) button.focus();
      else if ((tries += 1) < 6) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const holder = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!holder) return;
    const index = Number(holder.dataset.index);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = nextFocusableRow(rows, index, event.key === 'ArrowDown' ? 1 : -1);
      event.preventDefault();
      if (next >= 0) focusRow(next);
      return;
    }
    const row = rows[index];
    if (row?.kind === 'match' && /^[1-9]$/.test(event.key)) {
      const theme = shownThemes[Number(event.key) - 1];
      if (!theme) return;
      event.preventDefault();
      tag(row.result.report.id, { start: row.match.start, end: row.match.end }, theme.id);
    }
  }

  return (
    <>
      {tagError && (
        <p className="search-problem" role="alert">
          {tagError}
        </p>
      )}
      <div ref={scroller} className="search-results" role="list" aria-label={t('search.results')} onKeyDown={onKeyDown}>
        <div className="search-results-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as SearchRow;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                className={`search-row search-row-${row.kind}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'report' && <ReportRow result={row.result} onOpen={onOpen} />}
                {row.kind === 'match' && (
                  <MatchRow
                    result={row.result}
                    match={row.match}
                    themes={shownThemes}
                    tagged={tagged.get(matchKey(row.result.report.id, row.match))}
                    onOpen={onOpen}
                    onTag={tag}
                  />
                )}
                {row.kind === 'more' && <MoreRow result={row.result} hidden={row.hidden} unlisted={row.unlisted} expanded={row.expanded} onToggle={toggle} />}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
