/**
 * 主题共现: a theme × theme heat map of how often two themes were put on the
 * same text, in one highlight or in two overlapping ones (core's
 * theme-cooccurrence.ts says exactly). A click on a cell asks for both
 * themes' excerpts in the reports where they meet.
 */
import { useCallback, useMemo } from 'react';
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import { themeCooccurrence } from '../../../../core/analysis/theme-cooccurrence';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { cooccurrenceCellFilter, cooccurrenceHeatmapOption, hasCooccurrence } from './cooccurrence-heatmap-option';
import { EChart } from './EChart';
import type { ExcerptFilter } from '../../../../core/excerpts/excerpt-filter';
import { themeLabels } from './theme-labels';

export interface CooccurrencePanelProps {
  themes: readonly Theme[];
  passages: readonly CodedPassage[];
  rollUp: boolean;
  onShowExcerpts(filter: ExcerptFilter): void;
}

export function CooccurrencePanel({ themes, passages, rollUp, onShowExcerpts }: CooccurrencePanelProps) {
  const { t } = useI18n();
  const cooccurrence = useMemo(() => themeCooccurrence(passages, themes, { rollUp }), [passages, themes, rollUp]);
  const option = useMemo(
    () =>
      cooccurrenceHeatmapOption({
        cooccurrence,
        themeNames: themeLabels(themes, cooccurrence.themeIds),
        describe: (cell) => t('analysis.cooccurrence.tooltip', { a: cell.a, b: cell.b, shared: cell.shared, overlapping: cell.overlapping }),
      }),
    [cooccurrence, themes, t],
  );
  const onItemClick = useCallback(
    (value: readonly number[]) => {
      const filter = cooccurrenceCellFilter(cooccurrence, value);
      if (filter) onShowExcerpts(filter);
    },
    [cooccurrence, onShowExcerpts],
  );
  const rows = cooccurrence.themeIds.length;

  return (
    <section className="analysis-panel" aria-label={t('analysis.tab.cooccurrence')}>
      <p className="analysis-note">{t('analysis.cooccurrence.help')}</p>
      {hasCooccurrence(cooccurrence) ? (
        <div className="analysis-chart-box" style={{ height: Math.min(Math.max(rows, 4), 30) * 30 + 170 }}>
          <EChart option={option} onItemClick={onItemClick} label={t('analysis.cooccurrence.chart')} />
        </div>
      ) : (
        <p className="analysis-empty">{t('analysis.cooccurrence.none')}</p>
      )}
    </section>
  );
}
