/** The reader region: the open report's metadata and its text. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ReportView } from './ReportView';

export interface ReaderPaneProps {
  reportId: string | null;
  onExport(): void;
  exportError: string | null;
}

export function ReaderPane({ reportId, onExport, exportError }: ReaderPaneProps) {
  const { t, locale } = useI18n();
  const region = useRef<HTMLElement>(null);
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
    const numberFormat = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
    const facts: [MessageKey, string][] = [
      ['reader.meta.place', report.place ?? '—'],
      ['reader.meta.year', report.year === null ? '—' : String(report.year)],
      ['reader.meta.size', numberFormat.format(report.size)],
      ['reader.meta.source', report.sourceName],
      ['reader.meta.encoding', report.encoding.toUpperCase()],
    ];
    content = (
      <>
        <div className="reader-bar">
          <dl className="report-facts">
            {facts.map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd title={value}>{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="quiet" title={t('reader.exportTitle')} onClick={onExport}>
            {t('reader.export')}
          </button>
        </div>
        {exportError && (
          <p className="reader-error" role="alert">
            {exportError}
          </p>
        )}
        <ReportView text={body.text} blocks={body.blocks} label={report.title} />
      </>
    );
  }

  return (
    <main ref={region} className="reader" aria-label={t('reader.label')}>
      {content}
    </main>
  );
}
