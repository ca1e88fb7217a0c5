/** The reader region: the open report's metadata and its text. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { ReportView } from './ReportView';

export function ReaderPane({ reportId }: { reportId: string | null }) {
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
    content = (
      <>
        <dl className="report-facts">
          <div>
            <dt>{t('reader.meta.place')}</dt>
            <dd>{report.place ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('reader.meta.year')}</dt>
            <dd>{report.year ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('reader.meta.size')}</dt>
            <dd>{numberFormat.format(report.size)}</dd>
          </div>
          <div>
            <dt>{t('reader.meta.source')}</dt>
            <dd title={report.sourceName}>{report.sourceName}</dd>
          </div>
          <div>
            <dt>{t('reader.meta.encoding')}</dt>
            <dd>{report.encoding.toUpperCase()}</dd>
          </div>
        </dl>
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
