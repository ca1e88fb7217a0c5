/**
 * The window: a header with the import actions, the library on the left, the
 * reader on the right. Files dropped anywhere on the window are imported.
 */
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { library } from './db/library';
import { AboutDialog } from './features/about/AboutDialog';
import { HistoryButtons } from './features/annotate/HistoryButtons';
import { exportReportText } from './features/export/export-report-text';
import { toImportFailure } from './features/library/import-outcome';
import { ImportProgressBar } from './features/library/ImportProgressBar';
import { ImportResults } from './features/library/ImportResults';
import { LibraryPane } from './features/library/LibraryPane';
import { ensureSampleReport } from './features/library/sample-report';
import { useImport } from './features/library/use-import';
import { createWorkerParser } from './features/library/worker-parser';
import { ReaderPane } from './features/reader/ReaderPane';
import { ensureCodebook } from './features/themes/ensure-codebook';
import { useI18n } from './i18n/i18n';
import { platform } from './platform';
import { readFiles } from './platform/read-files';

const OPEN_REPORT_KEY = 'report-reader.open-report';

export function App() {
  const { t, error: errorText, locale, setLocale } = useI18n();
  const [openId, setOpenId] = useState<string | null>(() => localStorage.getItem(OPEN_REPORT_KEY));
  const [dragging, setDragging] = useState(false);

  const open = useCallback((id: string | null) => {
    if (id) localStorage.setItem(OPEN_REPORT_KEY, id);
    else localStorage.removeItem(OPEN_REPORT_KEY);
    setOpenId(id);
  }, []);
  const importer = useImport(open);
  const { run } = importer;
  const [exportError, setExportError] = useState<string | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);

  const exportOpen = useCallback(async () => {
    if (!openId) return;
    setExportError(null);
    try {
      await exportReportText(library, platform, openId);
    } catch (error) {
      setExportError(t('reader.exportFailed', { reason: errorText(toImportFailure(error).code) }));
    }
  }, [openId, t, errorText]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const [historyError, setHistoryError] = useState<string | null>(null);
  const onHistoryError = useCallback((error: unknown) => setHistoryError(error instanceof Error ? error.message : String(error)), []);

  useEffect(() => {
    ensureCodebook(library).catch((error: unknown) => console.error('The default codebook could not be added:', error));
  }, []);

  useEffect(() => {
    // On first start the sample opens at once, so a newcomer sees a report, not an empty page.
    const parser = createWorkerParser();
    void ensureSampleReport(library, parser.parse)
      .then((sampleId) => {
        if (sampleId) open(sampleId);
      })
      .finally(() => parser.dispose());
  }, [open]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import-files') void run(platform.pickReportFiles);
        if (command === 'import-folder') void run(platform.pickReportFolder);
        if (command === 'export') void exportOpen();
        if (command === 'about') setAboutOpen(true);
      }),
    [run, exportOpen],
  );

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void run(() => readFiles(files));
  }

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="app-header">
        <h1 className="app-name">{t('app.title')}</h1>
        <div className="app-actions">
          <button type="button" className="primary" disabled={importer.busy} title={t('import.files')} onClick={() => void run(platform.pickReportFiles)}>
            {t('import.button')}
          </button>
          <button type="button" disabled={importer.busy} onClick={() => void run(platform.pickReportFolder)}>
            {t('import.folder')}
          </button>
          <HistoryButtons onError={onHistoryError} />
          {importer.progress && <ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />}
          <button type="button" className="quiet" onClick={() => setAboutOpen(true)}>
            {t('about.button')}
          </button>
          <button type="button" className="quiet" aria-label={t('app.languageLabel')} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
            {t('app.language')}
          </button>
        </div>
      </header>
      {historyError && (
        <p className="app-error" role="alert">
          {t('history.failed', { reason: historyError })}
          <button type="button" className="quiet" onClick={() => setHistoryError(null)}>
            {t('annotate.close')}
          </button>
        </p>
      )}
      {importer.outcomes && importer.outcomes.length > 0 && <ImportResults outcomes={importer.outcomes} onDismiss={importer.dismiss} />}
      <div className="panes">
        <LibraryPane selectedId={openId} onOpen={open} />
        <ReaderPane reportId={openId} onExport={exportOpen} exportError={exportError} />
      </div>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHint')}
        </div>
      )}
    </div>
  );
}
