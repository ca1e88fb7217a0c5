/**
 * A read-only ProseMirror view of one report. The view is created once per
 * mount and given a new state when the report changes; text stays selectable
 * so passages can be copied (and, later, highlighted).
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Block } from '../../../../core/report/report';
import { reportDocument } from './report-document';

export function ReportView({ text, blocks, label }: { text: string; blocks: readonly Block[]; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

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
    current.updateState(EditorState.create({ doc: reportDocument(text, blocks) }));
  }, [text, blocks, label]);

  return <div ref={host} className="report-view" />;
}
