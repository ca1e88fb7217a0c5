/**
 * 分析: the view across the corpus, in three tabs: the theme × report heat
 * map, theme co-occurrence, and coding suggestions by keyword. It reads only
 * report metadata and highlights from the library (texts only while looking
 * for suggestions), held in memory and kept live (db/mirrors.ts), so coding
 * elsewhere shows here at once and opening 分析 reads nothing again.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { codedPassageMirror, reportMirror } from '../../db/mirrors';
import { useMirror } from '../../db/use-mirror';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { CooccurrencePanel } from './CooccurrencePanel';
import type { ExcerptFilter } from '../../../../core/excerpts/excerpt-filter';
import { MatrixPanel } from './MatrixPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import './analysis.css';

export interface AnalysisViewProps {
  /** The codebook's themes, in codebook order (`useCodebook`). */
  themes: readonly Theme[];
  /** Shows the excerpts carrying any of the themes in any of the reports (a click on a heat-map cell). */
  onShowExcerpts(filter: ExcerptFilter): void;
  /** Opens a report in the reader (from a suggestion). */
  onOpenReport(reportId: string): void;
}

type Tab = 'matrix' | 'cooccurrence' | 'suggestions';

const TABS: readonly { tab: Tab; label: MessageKey }[] = [
  { tab: 'matrix', label: 'analysis.tab.matrix' },
  { tab: 'cooccurrence', label: 'analysis.tab.cooccurrence' },
  { tab: 'suggestions', label: 'analysis.tab.suggestions' },
];

export function AnalysisView({ themes, onShowExcerpts, onOpenReport }: AnalysisViewProps) {
  const { t } = useI18n();
  const id = useId();
  const [tab, setTabState] = useState<Tab>('matrix');
  const [rollUp, setRollUp] = useState(false);
  const reports = useMirror(reportMirror);
  const passages = useMirror(codedPassageMirror);
  /** Whether the suggestions tab was opened: its panel (a list of every report among its controls) is made then, not with the view. */
  const [suggesting, setSuggesting] = useState(false);
  const setTab = (next: Tab) => {
    setTabState(next);
    if (next === 'suggestions') setSuggesting(true);
  };
  const nested = useMemo(() => themes.some((theme) => theme.parentId !== null), [themes]);

  function onTabKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const at = TABS.findIndex((entry) => entry.tab === tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.tab);
    document.getElementById(`${id}-${next.tab}`)?.focus();
  }

  /** Why there is nothing to analyse yet, or null when there is. */
  const empty: MessageKey | null = !reports || !passages ? 'analysis.loading' : reports.length === 0 ? 'analysis.noReports' : themes.length === 0 ? 'analysis.noThemes' : null;

  function chart() {
    if (!reports || !passages) return null;
    if (passages.length === 0) return <p className="analysis-empty">{t('analysis.noHighlights')}</p>;
    if (tab === 'cooccurrence') return <CooccurrencePanel themes={themes} passages={passages} rollUp={rollUp} onShowExcerpts={onShowExcerpts} />;
    return <MatrixPanel themes={themes} reports={reports} passages={passages} rollUp={rollUp} onShowExcerpts={onShowExcerpts} />;
  }

  return (
    <div className="analysis">
      <div className="analysis-header">
        <div role="tablist" aria-label={t('analysis.tabs')} className="analysis-tabs" onKeyDown={onTabKey}>
          {TABS.map((entry) => (
            <button
              key={entry.tab}
              id={`${id}-${entry.tab}`}
              type="button"
              role="tab"
              aria-selected={tab === entry.tab}
              aria-controls={`${id}-panel`}
              tabIndex={tab === entry.tab ? 0 : -1}
              className={tab === entry.tab ? 'analysis-tab selected' : 'analysis-tab'}
              onClick={() => setTab(entry.tab)}
            >
              {t(entry.label)}
            </button>
          ))}
        </div>
        {nested && tab !== 'suggestions' && (
          <label className="analysis-field">
            <input type="checkbox" checked={rollUp} onChange={(event) => setRollUp(event.target.checked)} />
            {t('analysis.rollUp')}
          </label>
        )}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-${tab}`} className="analysis-body">
        {empty !== null && <p className="analysis-empty">{t(empty)}</p>}
        {empty === null && tab !== 'suggestions' && chart()}
        {/* Kept while another tab shows, so a search and its list survive a look at the charts. */}
        {empty === null && suggesting && reports && passages && (
          <div hidden={tab !== 'suggestions'}>
            <SuggestionsPanel themes={themes} reports={reports} passages={passages} onOpenReport={onOpenReport} />
          </div>
        )}
      </div>
    </div>
  );
}
