/**
 * 自动编码建议: finds sentences holding a theme's keywords that are not yet
 * coded with it, in one report or the whole library (texts read in batches,
 * with progress, stoppable), and lists them to accept or reject one by one or
 * all at once. An accepted suggestion becomes an ordinary highlight through
 * the undo history (a bulk accept is one step); a rejected one is not shown
 * again this session.
 */
import { useCallback, useMemo, useState } from 'react';
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import { reportLabel, type ReportHeading } from '../../../../core/analysis/report-order';
import type { Theme } from '../../../../core/themes/theme';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { addHighlight } from '../annotate/highlight-actions';
import { undoHistory } from '../annotate/undo';
import { addHighlights, suggestionHighlight } from './accept-suggestions';
import type { FoundSuggestion } from './found-suggestion';
import { rejectedSuggestions, useRejectedSuggestions } from './rejected-suggestions';
import { sortedReports } from './sorted-reports';
import { SuggestionItem } from './SuggestionItem';
import { useSuggestionSearch } from './use-suggestion-search';
import { visibleSuggestions } from './visible-suggestions';

/** The most suggestions one search lists. */
export const SUGGESTION_LIMIT = 1000;

export interface SuggestionsPanelProps {
  themes: readonly Theme[];
  reports: readonly ReportHeading[];
  passages: readonly CodedPassage[];
  onOpenReport(reportId: string): void;
}

/** Suggestions being accepted, hidden until the library's answer (a new `passages`) includes their highlights. */
interface Accepting {
  keys: ReadonlySet<string>;
  basis: readonly CodedPassage[];
}

export function SuggestionsPanel({ themes, reports, passages, onOpenReport }: SuggestionsPanelProps) {
  const { t } = useI18n();
  const [themeId, setThemeId] = useState('');
  const [reportId, setReportId] = useState('');
  const search = useSuggestionSearch();
  const rejected = useRejectedSuggestions();
  const [accepting, setAccepting] = useState<Accepting>({ keys: new Set(), basis: passages });
  const [failure, setFailure] = useState<string | null>(null);

  const byPlace = sortedReports(reports, 'place');
  const labels = useMemo(() => new Map(reports.map((report) => [report.id, reportLabel(report)])), [reports]);
  const themesById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const chosenThemes = useMemo(() => (themeId ? themes.filter((theme) => theme.id === themeId) : themes), [themes, themeId]);
  const hasKeywords = chosenThemes.some((theme) => theme.keywords.some((keyword) => keyword.trim() !== ''));

  const hidden = useMemo(() => {
    if (accepting.basis !== passages || accepting.keys.size === 0) return rejected;
    return new Set([...rejected, ...accepting.keys]);
  }, [rejected, accepting, passages]);
  const visible = useMemo(() => visibleSuggestions(search.found, hidden, passages), [search.found, hidden, passages]);

  const { start } = search;
  const run = () => {
    setFailure(null);
    start({
      reportIds: reportId ? [reportId] : byPlace.map((report) => report.id),
      themes: chosenThemes,
      passages,
      skip: rejectedSuggestions.has,
      limit: SUGGESTION_LIMIT,
    });
  };

  const accept = useCallback(
    async (chosen: readonly FoundSuggestion[]) => {
      if (chosen.length === 0) return;
      const keys = chosen.map((suggestion) => suggestion.key);
      setAccepting((previous) => ({ keys: new Set([...(previous.basis === passages ? previous.keys : []), ...keys]), basis: passages }));
      const now = new Date();
      const records = chosen.map((suggestion) => suggestionHighlight(suggestion, crypto.randomUUID(), now));
      try {
        await undoHistory.perform(records.length === 1 ? addHighlight(library, records[0]!) : addHighlights(library, records));
        setFailure(null);
      } catch (error) {
        setAccepting((previous) => ({ keys: new Set([...previous.keys].filter((key) => !keys.includes(key))), basis: previous.basis }));
        setFailure(t('analysis.suggest.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    [passages, t],
  );
  const acceptOne = useCallback((suggestion: FoundSuggestion) => void accept([suggestion]), [accept]);
  const rejectOne = useCallback((suggestion: FoundSuggestion) => rejectedSuggestions.reject([suggestion.key]), []);

  const { state } = search;
  const running = state.status === 'running';
  const finished = state.status === 'done' || state.status === 'limit' || state.status === 'cancelled';

  return (
    <section className="analysis-panel" aria-label={t('analysis.tab.suggestions')}>
      <p className="analysis-note">{t('analysis.suggest.intro')}</p>
      <div className="analysis-controls">
        <label className="analysis-field">
          {t('analysis.suggest.theme')}
          <select value={themeId} disabled={running} onChange={(event) => setThemeId(event.target.value)}>
            <option value="">{t('analysis.suggest.allThemes')}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-field">
          {t('analysis.suggest.report')}
          <select value={reportId} disabled={running} onChange={(event) => setReportId(event.target.value)}>
            <option value="">{t('analysis.suggest.allReports')}</option>
            {byPlace.map((report) => (
              <option key={report.id} value={report.id}>
                {reportLabel(report)}
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button type="button" onClick={search.cancel}>
            {t('analysis.suggest.cancel')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={!hasKeywords || reports.length === 0} onClick={run}>
            {t('analysis.suggest.run')}
          </button>
        )}
      </div>
      {!hasKeywords && <p className="analysis-empty">{t('analysis.suggest.noKeywords')}</p>}
      {state.status === 'running' && (
        <p className="analysis-progress" role="status">
          <progress value={state.searched} max={Math.max(1, state.total)} />
          {t('analysis.suggest.progress', { current: state.searched, total: state.total })}
        </p>
      )}
      {state.status === 'cancelled' && <p className="analysis-note">{t('analysis.suggest.cancelled', { current: state.searched, total: state.total })}</p>}
      {state.status === 'limit' && <p className="analysis-note">{t('analysis.suggest.limit', { limit: SUGGESTION_LIMIT })}</p>}
      {state.status === 'failed' && (
        <p className="analysis-error" role="alert">
          {t('analysis.suggest.readFailed', { reason: state.error instanceof Error ? state.error.message : String(state.error) })}
        </p>
      )}
      {failure && (
        <p className="analysis-error" role="alert">
          {failure}
        </p>
      )}
      {finished && visible.length === 0 && <p className="analysis-empty">{t('analysis.suggest.none')}</p>}
      {visible.length > 0 && (
        <>
          <div className="analysis-controls suggestion-bulk">
            <span className="analysis-count">{t('analysis.suggest.count', { count: visible.length })}</span>
            <button type="button" disabled={running} onClick={() => void accept(visible)}>
              {t('analysis.suggest.acceptAll', { count: visible.length })}
            </button>
            <button type="button" className="quiet" disabled={running} onClick={() => rejectedSuggestions.reject(visible.map((suggestion) => suggestion.key))}>
              {t('analysis.suggest.rejectAll')}
            </button>
          </div>
          <ul className="suggestion-list">
            {visible.map((suggestion) => (
              <SuggestionItem
                key={suggestion.key}
                suggestion={suggestion}
                theme={themesById.get(suggestion.themeId)}
                reportLabel={labels.get(suggestion.reportId) ?? suggestion.reportId}
                disabled={running}
                onAccept={acceptOne}
                onReject={rejectOne}
                onOpenReport={onOpenReport}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
