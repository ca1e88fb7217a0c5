/**
 * The reader region: the open report (its metadata, summary and text, with
 * highlighting) and the sidebar with its 批注 and the codebook; or, with no
 * report open, a word on how to open one and the codebook still at hand.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { ReaderSidebar } from './ReaderSidebar';
import { useCodebook } from '../themes/use-codebook';
import { OpenReport } from './OpenReport';
import type { ReaderFocus } from './reader-focus';

export interface ReaderPaneProps {
  reportId: string | null;
  onExport(): void | Promise<void>;
  exportError: string | null;
  /** A place in a report to go to; followed when it is in the open report. */
  focus?: ReaderFocus | null;
}

/** Memoised, like the library list: import progress must not re-render the open report. */
export const ReaderPane = memo(function ReaderPane({ reportId, onExport, exportError, focus = null }: ReaderPaneProps) {
  const { t } = useI18n();
  const opened = useLiveQuery(
    async () => {
      if (!reportId) return null;
      const [report, body] = await Promise.all([library.reports.get(reportId), library.reportTexts.get(reportId)]);
      return report && body ? { report, body } : undefined;
    },
    [reportId],
    'loading' as const,
  );

  // Read beside the report, not after it: the report is shown once all three are in, so its text
  // is laid out once, with its highlights and their colours.
  const highlights = useLiveQuery(async () => (reportId ? { reportId, records: await library.highlights.where('reportId').equals(reportId).toArray() } : null), [reportId]);
  const themes = useCodebook();

  if (opened && opened !== 'loading' && opened.report.id === reportId && highlights?.reportId === reportId && themes) {
    return (
      <OpenReport
        key={opened.report.id}
        report={opened.report}
        body={opened.body}
        records={highlights.records}
        themes={themes}
        onExport={onExport}
        exportError={exportError}
        focus={focus}
      />
    );
  }
  let message;
  if (!reportId || opened === null) message = <p className="empty reader-empty">{t('reader.empty')}</p>;
  else if (opened === 'loading' || opened) message = <p className="empty">{t('reader.loading')}</p>;
  else message = <p className="empty">{t('reader.missing')}</p>;
  return (
    <div className="reader-area">
      <main className="reader" aria-label={t('reader.label')}>
        {message}
      </main>
      <ReaderSidebar annotations={null} />
    </div>
  );
});
