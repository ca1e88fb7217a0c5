/** The reader region: the open report's metadata, its summary, and its text with its outline. */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useRef, useState } from 'react';
import type { ReportRecord } from '../../db/db';
import { library } from '../../db/library';
import { useI18n, type I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { shownWarning } from './report-warnings';
import { ReportView } from './ReportView';

export interface ReaderPaneProps {
  reportId: string | null;
  onExport(): void | Promise<void>;
  exportError: string | null;
}

/** The facts bar's entries: place and year always, the other metadata when the report has it. */
function reportFacts(report: ReportRecord, { t, locale }: I18n): [MessageKey, string][] {
  const numberFormat = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  const place = report.place === null ? '—' : report.placeLevel === null ? report.place : t('reader.meta.placeLevel', { place: report.place, level: report.placeLevel });
  const optional: [MessageKey, string | null][] = [
    ['reader.meta.region', report.region],
    ['reader.meta.date', report.date],
    ['reader.meta.published', report.published],
    ['reader.meta.speaker', report.speaker],
    ['reader.meta.source', report.source],
    ['reader.meta.author', report.author],
    ['reader.meta.compilation', report.compilationTitle],
  ];
  return [
    ['reader.meta.place', place],
    ['reader.meta.year', report.year === null ? '—' : String(report.year)],
    ...optional.filter((fact): fact is [MessageKey, string] => fact[1] !== null && fact[1] !== ''),
    ['reader.meta.size', numberFormat.format(report.size)],
    ['reader.meta.file', report.sourceName],
    ['reader.meta.encoding', report.encoding.toUpperCase()],
  ];
}

/** Memoised, like the library list: import progress must not re-render the open report. */
export const ReaderPane = memo(function ReaderPane({ reportId, onExport, exportError }: ReaderPaneProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const region = useRef<HTMLElement>(null);
  const [showHidden, setShowHidden] = useState(false);
  useEffect(() => {
    region.current?.scrollTo({ top: 0 });
  }, [reportId]);
  const opened = useLiveQuery(
    async () => {
      if (!reportId) return null;
      const [report, body] = await Promise.all([library.reports.get(reportId), library.reportTexts.get(reportId)]);
      return report && body ? { report, body } : undefined;
    },
    [reportId],
    'loading' as const,
  );

  let content;
  if (!reportId || opened === null) content = <p className="empty reader-empty">{t('reader.empty')}</p>;
  else if (opened === 'loading') content = <p className="empty">{t('reader.loading')}</p>;
  else if (opened === undefined) content = <p className="empty">{t('reader.missing')}</p>;
  else {
    const { report, body } = opened;
    const { hidden } = body;
    content = (
      <>
        <div className="reader-bar">
          <dl className="report-facts">
            {reportFacts(report, i18n).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd title={value}>{value}</dd>
              </div>
            ))}
          </dl>
          {report.incomplete && (
            <span className="badge badge-warning" title={t('reader.incompleteTitle')}>
              {t('reader.incomplete')}
            </span>
          )}
          <div className="reader-tools">
            <button
              type="button"
              className="quiet toggle"
              aria-pressed={showHidden && hidden.length > 0}
              disabled={hidden.length === 0}
              title={t('reader.showHiddenTitle')}
              onClick={() => setShowHidden(!showHidden)}
            >
              {t('reader.showHidden')} <span className="count">{t('reader.hiddenCount', { count: hidden.length })}</span>
            </button>
            <button type="button" className="quiet" title={t('reader.exportTitle')} onClick={onExport}>
              {t('reader.export')}
            </button>
          </div>
        </div>
        {exportError && (
          <p className="reader-error" role="alert">
            {exportError}
          </p>
        )}
        <ReportView text={body.text} blocks={body.blocks} hidden={hidden} showHidden={showHidden && hidden.length > 0} label={report.title}>
          {report.summary && (
            <aside className="report-summary" aria-label={t('reader.summary')}>
              <strong>{t('reader.summary')}</strong>
              {report.summary}
            </aside>
          )}
          {report.warnings.length > 0 && (
            <details className="report-warnings">
              <summary>{t('reader.warnings', { count: report.warnings.length })}</summary>
              <ul>
                {report.warnings.map((warning) => {
                  const shown = shownWarning(warning);
                  return <li key={warning}>{shown.key ? t(shown.key, { detail: shown.detail }) : shown.detail}</li>;
                })}
              </ul>
            </details>
          )}
        </ReportView>
      </>
    );
  }

  return (
    <main ref={region} className="reader" aria-label={t('reader.label')}>
      {content}
    </main>
  );
});
