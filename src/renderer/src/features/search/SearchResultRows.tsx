/**
 * The three kinds of row of the search results list: a report's header, one
 * match in its context (with the theme buttons that highlight it), and the
 * row that shows more of a report's matches. Memoised: the list re-renders
 * as it scrolls and as results arrive, the rows only when their data change.
 */
import { memo, useState, type CSSProperties } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { matchInContext, type ReportMatches, type SearchMatch } from './search-library';

/** A passage of a report, `[start, end)` in UTF-16 code units of its text. */
export interface PassageRange {
  start: number;
  end: number;
}

/** The header of a report's results: title, place, year and count; opens the report at its first match. */
export const ReportRow = memo(function ReportRow({ result, onOpen }: { result: ReportMatches; onOpen(reportId: string, range: PassageRange): void }) {
  const { t } = useI18n();
  const { report, count } = result;
  const first = result.matches[0];
  return (
    <button
      type="button"
      className="search-report"
      data-primary=""
      aria-label={t('search.openReport', { title: report.title })}
      onClick={() => first && onOpen(report.id, { start: first.start, end: first.end })}
    >
      <span className="search-report-title">{report.title}</span>
      <span className="search-report-meta">
        {report.place && <span>{report.place}</span>}
        <span>{report.year ?? t('search.noYear')}</span>
        <span className="search-report-count">{t('search.matches', { count })}</span>
      </span>
    </button>
  );
});

interface MatchRowProps {
  result: ReportMatches;
  match: SearchMatch;
  /** The first nine themes: buttons 1–9. */
  themes: readonly Theme[];
  /** Names of the themes this match was highlighted with here, if any. */
  tagged: readonly string[] | undefined;
  onOpen(reportId: string, range: PassageRange): void;
  onTag(reportId: string, range: PassageRange, themeId: string): void;
}

/**
 * One match in its context, the match marked; the numbered buttons highlight
 * it with a theme. The buttons show only on a row the pointer or the focus is
 * on, so they are made then, the first time: a screen of results would
 * otherwise make nine buttons for every match before the results show. Their
 * room is kept from the start, so the context does not move when they come.
 */
export const MatchRow = memo(function MatchRow({ result, match, themes, tagged, onOpen, onTag }: MatchRowProps) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  const id = result.report.id;
  const range = { start: match.start, end: match.end };
  const context = matchInContext(result, match);
  const arm = () => setArmed(true);
  return (
    <div className="search-match" onMouseEnter={armed ? undefined : arm} onFocus={armed ? undefined : arm}>
      <button
        type="button"
        className="search-open"
        data-primary=""
        title={t('search.openMatch')}
        aria-keyshortcuts={themes.length > 0 ? themes.map((_, i) => String(i + 1)).join(' ') : undefined}
        onClick={() => onOpen(id, range)}
      >
        {context.cutBefore && '…'}
        {context.before}
        <mark>{context.match}</mark>
        {context.after}
        {context.cutAfter && '…'}
      </button>
      {themes.length > 0 && (
        <span className="search-tags" role="group" aria-label={t('search.tags')} style={{ '--tags': themes.length } as CSSProperties}>
          {armed && themes.map((theme, i) => (
            <button
              key={theme.id}
              type="button"
              tabIndex={-1}
              className="search-tag"
              style={{ '--theme-color': theme.color } as CSSProperties}
              title={t('search.tag', { theme: theme.name, key: i + 1 })}
              aria-label={t('search.tag', { theme: theme.name, key: i + 1 })}
              onClick={() => onTag(id, range, theme.id)}
            >
              {i + 1}
            </button>
          ))}
        </span>
      )}
      {tagged && tagged.length > 0 && <span className="search-tagged">{t('search.tagged', { themes: tagged.join('、') })}</span>}
    </div>
  );
});

interface MoreRowProps {
  result: ReportMatches;
  hidden: number;
  unlisted: number;
  expanded: boolean;
  onToggle(reportId: string): void;
}

/** Shows a report's other matches, or folds them again; says how many are counted but not listed. */
export const MoreRow = memo(function MoreRow({ result, hidden, unlisted, expanded, onToggle }: MoreRowProps) {
  const { t } = useI18n();
  return (
    <div className="search-more">
      <button type="button" aria-expanded={expanded} onClick={() => onToggle(result.report.id)}>
        {expanded ? t('search.less') : t('search.more', { count: hidden })}
      </button>
      {unlisted > 0 && <span>{t('search.uncounted', { count: unlisted })}</span>}
    </div>
  );
});
