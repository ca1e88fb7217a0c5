/**
 * 主题×报告: a heat map of how much each report is coded with each theme,
 * counted in highlights or in coded characters, reports sorted by place or
 * year, nested themes shown apart or under their parent. Only reports with
 * highlights are listed (a library of thousands mostly has few coded); a
 * click on a cell asks for its excerpts.
 */
import { useCallback, useMemo, useState } from 'react';
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import { reportLabel, type ReportHeading, type ReportOrder } from '../../../../core/analysis/report-order';
import { themeReportMatrix } from '../../../../core/analysis/theme-report-matrix';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { useAfterPaint } from '../../lib/use-after-paint';
import type { ExcerptFilter } from '../../../../core/excerpts/excerpt-filter';
import { EChart } from './EChart';
import { MATRIX_WINDOW, matrixCellFilter, matrixHeatmapOption, type MatrixMeasure } from './matrix-heatmap-option';
import { reportPassages } from './report-passages';
import { sortedReports } from './sorted-reports';
import { themeLabels } from './theme-labels';

export interface MatrixPanelProps {
  themes: readonly Theme[];
  reports: readonly ReportHeading[];
  passages: readonly CodedPassage[];
  rollUp: boolean;
  onShowExcerpts(filter: ExcerptFilter): void;
}

/** The chart's height for `rows` reports: room for each up to the scrolling window, and the axes and scale. */
function chartHeight(rows: number): number {
  return Math.min(rows, MATRIX_WINDOW) * 26 + 150;
}

export function MatrixPanel({ themes, reports, passages, rollUp, onShowExcerpts }: MatrixPanelProps) {
  const { t, locale } = useI18n();
  const [measure, setMeasure] = useState<MatrixMeasure>('count');
  const [order, setOrder] = useState<ReportOrder>('place');

  const byReport = reportPassages(passages);
  const sorted = sortedReports(reports, order);
  const coded = useMemo(() => sorted.filter((report) => byReport.has(report.id)), [sorted, byReport]);
  const highlights = useMemo(() => coded.reduce((sum, report) => sum + (byReport.get(report.id)?.length ?? 0), 0), [coded, byReport]);
  const matrix = useMemo(() => themeReportMatrix(byReport, themes, coded, { rollUp }), [byReport, themes, coded, rollUp]);
  // The chart follows the matrix and its summary line by a frame: turning thousands of cells into ECharts' option, and drawing them, is not waited for.
  const charted = useAfterPaint(useMemo(() => ({ matrix, coded }), [matrix, coded]));
  const option = useMemo(
    () =>
      charted &&
      matrixHeatmapOption({
        matrix: charted.matrix,
        themeNames: themeLabels(themes, charted.matrix.themeIds),
        reportLabels: charted.coded.map(reportLabel),
        measure,
        describe: (cell) => t('analysis.matrix.tooltip', { theme: cell.theme, report: cell.report, count: cell.count, characters: cell.characters }),
      }),
    [charted, themes, measure, t],
  );
  const onItemClick = useCallback(
    (value: readonly number[]) => {
      const filter = charted && matrixCellFilter(charted.matrix, value);
      if (filter) onShowExcerpts(filter);
    },
    [charted, onShowExcerpts],
  );

  return (
    <section className="analysis-panel" aria-label={t('analysis.tab.matrix')}>
      <div className="analysis-controls">
        <fieldset className="analysis-segmented">
          <legend>{t('analysis.measure')}</legend>
          {(['count', 'characters'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="analysis-measure" value={value} checked={measure === value} onChange={() => setMeasure(value)} />
              {t(value === 'count' ? 'analysis.measure.count' : 'analysis.measure.characters')}
            </label>
          ))}
        </fieldset>
        <label className="analysis-field">
          {t('analysis.sort')}
          <select value={order} onChange={(event) => setOrder(event.target.value as ReportOrder)}>
            <option value="place">{t('analysis.sort.place')}</option>
            <option value="year">{t('analysis.sort.year')}</option>
          </select>
        </label>
      </div>
      <p className="analysis-note">
        {t('analysis.matrix.summary', { reports: coded.length, highlights })}
        {reports.length > coded.length && `${locale === 'zh' ? '' : ' '}${t('analysis.matrix.uncoded', { count: reports.length - coded.length })}`}
      </p>
      <div className="analysis-chart-box" style={{ height: chartHeight(coded.length) }}>
        {option && (
          <EChart option={option} onItemClick={onItemClick} label={t('analysis.matrix.chart', { measure: t(measure === 'count' ? 'analysis.measure.count' : 'analysis.measure.characters') })} />
        )}
      </div>
    </section>
  );
}
