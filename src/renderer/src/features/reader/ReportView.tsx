/**
 * A read-only ProseMirror view of one report, with its outline (目录) beside
 * it. The view is created once per mount and given a new state when the
 * report changes; text stays selectable so passages can be copied (and,
 * later, highlighted). Hidden lines are drawn as widgets when `showHidden`.
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Block, HiddenLine } from '../../../../core/report/report';
import { useI18n } from '../../i18n/i18n';
import { hiddenReasonKey } from '../../i18n/messages';
import { hiddenLinesPlugin, setHiddenLinesShown } from './hidden-lines';
import { Outline } from './Outline';
import { blockPositions, reportDocument } from './report-document';
import { reportOutline } from '../../../../core/report/report-outline';

export interface ReportViewProps {
  text: string;
  blocks: readonly Block[];
  hidden: readonly HiddenLine[];
  showHidden: boolean;
  label: string;
  /** Shown above the text, in its column (the report's summary). */
  children?: ReactNode;
}

export function ReportView({ text, blocks, hidden, showHidden, label, children }: ReportViewProps) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const shown = useRef(showHidden);
  const outline = useMemo(() => reportOutline({ text, blocks }), [text, blocks]);

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView(host.current, {
      state: EditorState.create({ doc: reportDocument('', []) }),
      editable: () => false,
      // The report is Chinese whatever the interface language: lang picks Simplified Chinese glyphs.
      attributes: { class: 'report-text', 'aria-label': label, role: 'document', lang: 'zh-CN' },
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [label]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const reason = (line: HiddenLine) => t('reader.hidden', { reason: t(hiddenReasonKey(line.reason)) });
    current.updateState(EditorState.create({ doc: reportDocument(text, blocks), plugins: [hiddenLinesPlugin(hidden, reason, shown.current)] }));
  }, [text, blocks, hidden, label, t]);

  useEffect(() => {
    shown.current = showHidden;
    const current = view.current;
    if (current) current.dispatch(setHiddenLinesShown(current.state.tr, showHidden));
  }, [showHidden]);

  function scrollToBlock(index: number) {
    const current = view.current;
    if (!current) return;
    const position = blockPositions(current.state.doc)[index];
    const target = position === undefined ? null : current.nodeDOM(position);
    if (target instanceof HTMLElement) target.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  return (
    <div className="reader-body">
      {outline.length > 0 && <Outline entries={outline} onSelect={scrollToBlock} />}
      <div className="report-column">
        {children}
        <div ref={host} className="report-view" />
      </div>
    </div>
  );
}
