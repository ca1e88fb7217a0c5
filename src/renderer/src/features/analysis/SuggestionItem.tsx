/**
 * One coding suggestion in the list: its theme, its report (a link to open
 * it), the sentence with the keywords marked, and accept / reject.
 */
import { memo } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import type { FoundSuggestion } from './found-suggestion';
import { sentenceRuns } from './sentence-marks';

export interface SuggestionItemProps {
  suggestion: FoundSuggestion;
  theme: Theme | undefined;
  /** The report's label (`湖北省 2024`). */
  reportLabel: string;
  disabled: boolean;
  onAccept(suggestion: FoundSuggestion): void;
  onReject(suggestion: FoundSuggestion): void;
  onOpenReport(reportId: string): void;
}

export const SuggestionItem = memo(function SuggestionItem({ suggestion, theme, reportLabel, disabled, onAccept, onReject, onOpenReport }: SuggestionItemProps) {
  const { t, locale } = useI18n();
  const themeName = theme?.name ?? suggestion.themeId;
  return (
    <li className="suggestion">
      <div className="suggestion-head">
        <span className="suggestion-theme">
          <span className="suggestion-swatch" style={{ background: theme?.color ?? '#888888' }} aria-hidden="true" />
          {themeName}
        </span>
        <button type="button" className="quiet suggestion-report" title={t('analysis.suggest.open')} onClick={() => onOpenReport(suggestion.reportId)}>
          {reportLabel}
        </button>
        <span className="suggestion-keywords">{t('analysis.suggest.keywords', { keywords: suggestion.keywords.join(locale === 'zh' ? '、' : ', ') })}</span>
      </div>
      <p className="suggestion-sentence">
        {sentenceRuns(suggestion.sentence, suggestion.start, suggestion.matches).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
      </p>
      <div className="suggestion-actions">
        <button type="button" disabled={disabled} title={t('analysis.suggest.acceptLabel', { theme: themeName })} onClick={() => onAccept(suggestion)}>
          {t('analysis.suggest.accept')}
        </button>
        <button type="button" className="quiet" disabled={disabled} title={t('analysis.suggest.rejectLabel')} onClick={() => onReject(suggestion)}>
          {t('analysis.suggest.reject')}
        </button>
      </div>
    </li>
  );
});
