/**
 * The window: a header with the views (报告, 摘录, 搜索, 分析) and the
 * import actions; under it the library and the reader, the excerpts across
 * the library, search across it, or the analyses of the corpus.
 * Files dropped anywhere on the window are imported (a library backup among
 * them is offered for restoring). Above the views, the notices about the
 * library's storage; 设置 holds its backups.
 */
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { Excerpt } from '../../core/excerpts/excerpt';
import type { ExcerptFilter } from '../../core/excerpts/excerpt-filter';
import { library } from './db/library';
import { AboutDialog } from './features/about/AboutDialog';
import { backupLibrary } from './features/backup/library-backup';
import { RestoreDialog } from './features/backup/RestoreDialog';
import { StorageNotices } from './features/backup/StorageNotices';
import { useRestore } from './features/backup/use-restore';
import { LazyAnalysisView, useAnalysisPrefetch } from './features/analysis/LazyAnalysisView';
import { HistoryButtons } from './features/annotate/HistoryButtons';
import { tagPassage } from './features/annotate/tag-passage';
import { ExcerptsView } from './features/excerpts/ExcerptsView';
import { exportReportText } from './features/export/export-report-text';
import { toImportFailure } from './features/library/import-outcome';
import { ImportProgressBar } from './features/library/ImportProgressBar';
import { ImportResults } from './features/library/ImportResults';
import { LibraryPane } from './features/library/LibraryPane';
import { ensureSampleReport } from './features/library/sample-report';
import { useImport } from './features/library/use-import';
import { createWorkerParser } from './features/library/worker-parser';
import { ReaderPane } from './features/reader/ReaderPane';
import { SearchView } from './features/search/SearchView';
import { SettingsDialog } from './features/settings/SettingsDialog';
import type { ReaderFocus } from './features/reader/reader-focus';
import { ensureCodebook } from './features/themes/ensure-codebook';
import { useCodebook } from './features/themes/use-codebook';
import { failureReason } from './i18n/failure-reason';
import { useI18n } from './i18n/i18n';
import { platform } from './platform';
import { readFiles } from './platform/read-files';

const OPEN_REPORT_KEY = 'report-reader.open-report';
const VIEW_KEY = 'report-reader.view';

/** The app's views, in the header's order. */
const VIEWS = ['reports', 'excerpts', 'search', 'analysis'] as const;
type AppView = (typeof VIEWS)[number];
const isView = (value: string | null): value is AppView => VIEWS.some((view) => view === value);

/**
 * The app; `readOnlyVersion` is the newer app's database version when the library is open read-only
 * (db/library-access), and `lost` says the library existed at an earlier start and is gone (db/library-loss).
 */
export function App({ readOnlyVersion = null, lost = false }: { readOnlyVersion?: number | null; lost?: boolean }) {
  const { t, error: errorText, locale, setLocale } = useI18n();
  const [openId, setOpenId] = useState<string | null>(() => localStorage.getItem(OPEN_REPORT_KEY));
  const [dragging, setDragging] = useState(false);

  const open = useCallback((id: string | null) => {
    if (id) localStorage.setItem(OPEN_REPORT_KEY, id);
    else localStorage.removeItem(OPEN_REPORT_KEY);
    setOpenId(id);
  }, []);
  const [view, setViewState] = useState<AppView>(() => {
    const stored = localStorage.getItem(VIEW_KEY);
    return isView(stored) ? stored : 'reports';
  });
  const setView = useCallback((next: AppView) => {
    localStorage.setItem(VIEW_KEY, next);
    setViewState(next);
  }, []);
  const [focus, setFocus] = useState<ReaderFocus | null>(null);
  /** Opens a report in the reader at a highlight or a passage. */
  const openAt = useCallback(
    (target: Omit<ReaderFocus, 'seq'>) => {
      open(target.reportId);
      setFocus((last) => ({ ...target, seq: (last?.seq ?? 0) + 1 }));
      setView('reports');
    },
    [open, setView],
  );
  const openExcerpt = useCallback((excerpt: Excerpt) => openAt({ reportId: excerpt.citation.reportId, highlightId: excerpt.highlightId }), [openAt]);
  const openPassage = useCallback((reportId: string, range: { start: number; end: number }) => openAt({ reportId, range }), [openAt]);
  const tagResult = useCallback((reportId: string, range: { start: number; end: number }, themeId: string) => tagPassage(library, reportId, range, themeId), []);
  const [excerptFilter, setExcerptFilter] = useState<ExcerptFilter>({});
  const themes = useCodebook();
  const showExcerpts = useCallback(
    (filter: ExcerptFilter) => {
      setExcerptFilter(filter);
      setView('excerpts');
    },
    [setView],
  );
  const showReport = useCallback(
    (id: string | null) => {
      open(id);
      setView('reports');
    },
    [open, setView],
  );
  const restore = useRestore(useCallback(() => showReport(null), [showReport]));
  const importer = useImport(showReport, restore.offer);
  const { run } = importer;
  useAnalysisPrefetch();
  const [exportError, setExportError] = useState<string | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);

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
  const onHistoryError = useCallback((error: unknown) => setHistoryError(failureReason(t, error)), [t]);

  // The desktop host asks for a backup on quit and once a day (a read-only library is backed up too).
  useEffect(() => platform.serveBackups(async () => (await backupLibrary(library)).bytes), []);

  useEffect(() => {
    if (readOnlyVersion !== null) return;
    ensureCodebook(library).catch((error: unknown) => console.error('The default codebook could not be added:', error));
  }, [readOnlyVersion]);

  useEffect(() => {
    if (readOnlyVersion !== null) return;
    // On first start the sample opens at once, so a newcomer sees a report, not an empty page.
    const parser = createWorkerParser();
    void ensureSampleReport(library, parser.parse)
      .then((sampleId) => {
        if (sampleId) open(sampleId);
      })
      .finally(() => parser.dispose());
  }, [open, readOnlyVersion]);

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
        <nav className="app-views" aria-label={t('app.views')}>
          {VIEWS.map((each) => (
            <button key={each} type="button" className="app-view" aria-current={view === each ? 'page' : undefined} onClick={() => setView(each)}>
              {t(`app.view.${each}`)}
            </button>
          ))}
        </nav>
        <div className="app-actions">
          <button type="button" className="primary" disabled={importer.busy} title={t('import.files')} onClick={() => void run(platform.pickReportFiles)}>
            {t('import.button')}
          </button>
          <button type="button" disabled={importer.busy} onClick={() => void run(platform.pickReportFolder)}>
            {t('import.folder')}
          </button>
          <HistoryButtons onError={onHistoryError} />
          {importer.progress && <ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />}
          <button type="button" className="quiet" onClick={() => setSettingsOpen(true)}>
            {t('settings.button')}
          </button>
          <button type="button" className="quiet" onClick={() => setAboutOpen(true)}>
            {t('about.button')}
          </button>
          <button type="button" className="quiet" aria-label={t('app.languageLabel')} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
            {t('app.language')}
          </button>
        </div>
      </header>
      <StorageNotices readOnlyVersion={readOnlyVersion} lost={lost} />
      {restore.notice && (
        <p className={restore.notice.kind === 'done' ? 'app-notice' : 'app-error'} role={restore.notice.kind === 'done' ? 'status' : 'alert'}>
          {restore.notice.text}
          <button type="button" className="quiet" onClick={restore.dismiss}>
            {t('annotate.close')}
          </button>
        </p>
      )}
      {historyError && (
        <p className="app-error" role="alert">
          {t('history.failed', { reason: historyError })}
          <button type="button" className="quiet" onClick={() => setHistoryError(null)}>
            {t('annotate.close')}
          </button>
        </p>
      )}
      {importer.outcomes && importer.outcomes.length > 0 && <ImportResults outcomes={importer.outcomes} onDismiss={importer.dismiss} />}
      {view === 'reports' && (
        <div className="panes">
          <LibraryPane selectedId={openId} onOpen={open} />
          <ReaderPane reportId={openId} onExport={exportOpen} exportError={exportError} focus={focus} />
        </div>
      )}
      {view === 'excerpts' && themes && <ExcerptsView themes={themes} filter={excerptFilter} onFilterChange={setExcerptFilter} onOpen={openExcerpt} />}
      {view === 'search' && themes && <SearchView themes={themes} onOpen={openPassage} onTag={tagResult} />}
      {view === 'analysis' && themes && (
        <LazyAnalysisView themes={themes} onShowExcerpts={showExcerpts} onOpenReport={showReport} />
      )}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} onRestoreFile={(file) => void restore.offer(file)} />}
      {restore.pending && <RestoreDialog restore={restore} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHint')}
        </div>
      )}
    </div>
  );
}
