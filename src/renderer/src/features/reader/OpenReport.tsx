/**
 * One open report: its facts, summary and import notes above its text, the
 * highlights drawn over it, the selection toolbar and a highlight's popover,
 * the coding keys, and the sidebar listing its 批注. Mounted per report (keyed
 * by id), so the coding state of one report never leaks into the next.
 */
import type { EditorView } from 'prosemirror-view';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import type { HighlightRecord, ReportRecord, ReportTextRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';
import { failureReason } from '../../i18n/failure-reason';
import { AnnotationsPanel } from '../annotate/AnnotationsPanel';
import { codingCommand, isTyping } from '../annotate/coding-key';
import { highlightLayerOf, highlightPreview } from '../annotate/highlight-layer';
import { HighlightPopover } from '../annotate/HighlightPopover';
import type { Placement } from '../annotate/place-highlights';
import type { PlacedHighlight } from '../annotate/placed-highlight';
import { lastLineBox } from '../annotate/selected-passage';
import { selectPassage } from '../annotate/select-passage';
import { SelectionToolbar } from '../annotate/SelectionToolbar';
import { useCoding } from '../annotate/use-coding';
import { useReplaceText } from '../library/use-replace-text';
import { localIsoTime } from '../../lib/local-time';
import { ExportMenu } from '../export/ExportMenu';
import { textHashOf } from '../annotate/new-highlight';
import { excerptsOfReport } from '../../../../core/excerpts/excerpts-of-report';
import type { ReaderFocus } from './reader-focus';
import { ReaderSidebar } from './ReaderSidebar';
import { reportFacts } from './report-facts';
import { shownWarning } from './report-warnings';
import { ReportView } from './ReportView';
import { ReadingStyleControl } from './ReadingStyleControl';
import { useReadingPosition } from './use-reading-position';
import '../annotate/annotate.css';

export interface OpenReportProps {
  report: ReportRecord;
  body: ReportTextRecord;
  /** The report's stored highlights, read live by the caller. */
  records: readonly HighlightRecord[];
  /** The codebook in its order. */
  themes: readonly Theme[];
  onExport(): void | Promise<void>;
  exportError: string | null;
  /** A place in this report to go to (a highlight to open, a passage to select), once per request. */
  focus?: ReaderFocus | null;
}

const NO_PLACEMENT: Placement = { placed: [], orphans: [] };
const NO_RECORDS: readonly HighlightRecord[] = [];

export function OpenReport({ report, body, records: stored, themes, onExport, exportError, focus = null }: OpenReportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<EditorView | null>(null);
  const preview = useMemo(() => (view ? highlightPreview(view) : undefined), [view]);
  const coding = useCoding(report.id, body.text, themes, stored, preview);
  const { placement, pending, activeId, popover, records } = coding;
  // The 批注 list (a thousand items, say) is drawn after the report: it never holds up the text or a new highlight.
  const listed = useDeferredValue(placement, NO_PLACEMENT);
  const listedRecords = useDeferredValue(records, NO_RECORDS);
  // Sent to a passage, the reader stays there rather than going back to where the analyst last read.
  const [openedAtFocus] = useState(() => focus?.reportId === report.id);
  useReadingPosition(view, report.id, body.blocks, !openedAtFocus);
  const [showHidden, setShowHidden] = useState(false);
  const replacer = useReplaceText(report.id);
  const [, setScrolled] = useState(0);
  const scrollFrame = useRef(0);
  const { hidden } = body;

  // Worked out once per report and language, not at every render (a number format is costly to make).
  const facts = useMemo(() => reportFacts(report, i18n), [report, i18n]);
  const themeNames = useMemo(() => new Map(themes.map((theme) => [theme.id, theme.name])), [themes]);
  const noteOf = useMemo(() => new Map(records.map((record) => [record.id, record.note])), [records]);
  const describeHighlight = useCallback(
    (highlight: PlacedHighlight) => {
      const names = highlight.themeIds.map((id) => themeNames.get(id)).filter(Boolean).join('、') || t('annotate.noTheme');
      const note = noteOf.get(highlight.id);
      return note ? `${names}：${note.length > 40 ? `${note.slice(0, 40)}…` : note}` : names;
    },
    [themeNames, noteOf, t],
  );

  const { setActiveId: setActive, setPopover: setPopoverState } = coding;
  const open = useCallback(
    (id: string | null, reveal = false) => {
      setActive(id);
      setPopoverState(id ? 'open' : 'closed');
      if (id && reveal && view) highlightLayerOf(view)?.reveal(id);
    },
    [setActive, setPopoverState, view],
  );
  const openFromList = useCallback((id: string) => open(id, true), [open]);

  // A place asked for from outside the reader: its highlight opened, or its passage selected for tagging.
  const { setPending: selectFocused } = coding;
  const handledFocus = useRef<number | null>(null);
  useEffect(() => {
    if (!view || !focus || focus.reportId !== report.id || handledFocus.current === focus.seq) return;
    handledFocus.current = focus.seq;
    if (focus.highlightId) open(focus.highlightId, true);
    else if (focus.range) selectFocused(selectPassage(view, body.blocks, focus.range.start, focus.range.end));
  }, [view, focus, report.id, body.blocks, open, selectFocused]);

  // The coding keys act while a passage is selected or a highlight is open.
  const { applyTheme, openNote, remove, setPending, setActiveId, setPopover, lastThemeId, current } = coding;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const command = codingCommand(event);
      if (!command || command.kind === 'undo' || command.kind === 'redo') return;
      const now = current();
      if (!now.pending && !now.activeId) return;
      event.preventDefault();
      switch (command.kind) {
        case 'theme': {
          const theme = themes[command.index];
          if (theme) void applyTheme(theme.id);
          break;
        }
        case 'repeat-theme':
          if (lastThemeId) void applyTheme(lastThemeId);
          break;
        case 'note':
          void openNote();
          break;
        case 'remove':
          if (now.activeId && !now.pending) void remove([now.activeId]);
          break;
        case 'close':
          window.getSelection()?.removeAllRanges();
          setPending(null);
          setActiveId(null);
          setPopover('closed');
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [themes, lastThemeId, applyTheme, openNote, remove, setPending, setActiveId, setPopover, current]);

  // This report's excerpts, for 导出摘录: its highlights placed in its text, with their citations.
  const reportExcerpts = useCallback(
    async () => ({ excerpts: excerptsOfReport(report, body, stored, await textHashOf(body.text)).excerpts, themes, exportedAt: localIsoTime() }),
    [report, body, stored, themes],
  );

  // Floating panels follow their passage as the reader scrolls.
  const onScroll = () => {
    if (!pending && popover === 'closed') return;
    cancelAnimationFrame(scrollFrame.current);
    scrollFrame.current = requestAnimationFrame(() => setScrolled((n) => n + 1));
  };

  const { activeRecord } = coding;
  const activeRect = activeRecord && view ? highlightLayerOf(view)?.rect(activeRecord.id) : null;
  const pendingRect = pending ? (currentSelectionRect() ?? pending.rect) : null;

  return (
    <div className="reader-area">
      <main className="reader" aria-label={t('reader.label')} onScroll={onScroll}>
        <div className="reader-bar">
          <dl className="report-facts">
            {facts.map(([key, value]) => (
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
            <ReadingStyleControl />
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
            <button type="button" className="quiet" title={t('replace.title')} disabled={replacer.busy} onClick={() => void replacer.replace()}>
              {replacer.busy ? t('replace.working') : t('replace.button')}
            </button>
            <button type="button" className="quiet" title={t('reader.exportTitle')} onClick={onExport}>
              {t('reader.export')}
            </button>
            <ExportMenu input={reportExcerpts} name={report.title} label={t('export.reportButton')} title={t('export.reportTitle')} />
          </div>
        </div>
        {replacer.message && (
          <p className={replacer.message.failed ? 'reader-error' : 'reader-notice'} role={replacer.message.failed ? 'alert' : 'status'}>
            {replacer.message.text}
            <button type="button" className="quiet" onClick={replacer.dismiss}>
              {t('annotate.close')}
            </button>
          </p>
        )}
        {exportError && (
          <p className="reader-error" role="alert">
            {exportError}
          </p>
        )}
        {coding.error !== null && (
          <p className="reader-error" role="alert">
            {t('history.failed', { reason: failureReason(t, coding.error) })}
            <button type="button" className="quiet" onClick={coding.clearError}>
              {t('annotate.close')}
            </button>
          </p>
        )}
        <ReportView
          text={body.text}
          blocks={body.blocks}
          hidden={hidden}
          showHidden={showHidden && hidden.length > 0}
          label={report.title}
          highlights={placement.placed}
          themes={themes}
          activeId={activeId}
          onSelect={setPending}
          onHighlightClick={(id) => open(id)}
          onView={setView}
          describeHighlight={describeHighlight}
        >
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
      </main>
      {pending && pendingRect && <SelectionToolbar themes={themes} rect={pendingRect} onTheme={(id) => void applyTheme(id)} onNote={() => void openNote()} />}
      {activeRecord && activeRect && popover !== 'closed' && (
        <HighlightPopover
          key={`${activeRecord.id}:${activeRecord.note}`}
          highlight={activeRecord}
          themes={themes}
          rect={activeRect}
          focusNote={popover === 'note'}
          onToggleTheme={(id) => void applyTheme(id)}
          onSaveNote={(note) => void coding.saveNote(activeRecord.id, note)}
          onRemove={() => void remove([activeRecord.id])}
          onClose={() => open(null)}
        />
      )}
      <ReaderSidebar
        annotations={
          <AnnotationsPanel
            records={listedRecords}
            placement={listed}
            stale={listed !== placement}
            themes={themes}
            activeId={activeId}
            onOpen={openFromList}
            onRemoveOrphans={(ids) => void remove(ids)}
          />
        }
      />
    </div>
  );
}

/** The last line box of the current selection, where the toolbar goes. */
function currentSelectionRect(): DOMRect | null {
  const selection = document.getSelection();
  return selection && selection.rangeCount > 0 && !selection.isCollapsed ? lastLineBox(selection.getRangeAt(0)) : null;
}
