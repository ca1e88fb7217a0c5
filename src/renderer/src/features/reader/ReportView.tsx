/**
 * A read-only ProseMirror view of one report, with its outline (目录) beside
 * it. The view is created once per mount and given a new state when the
 * report changes; text stays selectable so passages can be copied and
 * highlighted. Highlights are drawn over the text by the highlight layer
 * (never part of the document); hidden lines are drawn as widgets when
 * `showHidden`. A selection, a click on a highlight and the pointer resting
 * on one are reported to the caller in text offsets and highlight ids.
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Block, HiddenLine } from '../../../../core/report/report';
import type { Theme } from '../../../../core/themes/theme';
import { highlightLayerOf, highlightLayerPlugin, setHighlightLayer, type HighlightLayerState } from '../annotate/highlight-layer';
import type { PlacedHighlight } from '../annotate/placed-highlight';
import { selectedPassage } from '../annotate/selected-passage';
import type { PendingPassage } from '../annotate/use-coding';
import { scrollingAncestor } from './scrolling-ancestor';
import { settleScroll } from './settle-scroll';
import { TextPositions } from './text-offsets';
import { useI18n, type I18n } from '../../i18n/i18n';
import { hiddenReasonKey } from '../../i18n/messages';
import { hiddenLinesPlugin, setHiddenLinesShown } from './hidden-lines';
import { Outline } from './Outline';
import { FindBar } from './FindBar';
import { useCurrentSection } from './use-current-section';
import { useReadingStyleProperties } from './use-reading-style';
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
  /** The report's highlights as placed in its text, in reading order. */
  highlights: readonly PlacedHighlight[];
  /** The codebook in its order (colours and stripe lanes follow it). */
  themes: readonly Theme[];
  activeId: string | null;
  /** Called when the analyst selects a passage (or the selection goes). */
  onSelect(passage: PendingPassage | null): void;
  /** Called with the highlight clicked (the shortest under the pointer), or null for a click elsewhere. */
  onHighlightClick(id: string | null): void;
  /** Gives the caller the view, for jumping to a highlight and placing popovers. */
  onView?(view: EditorView | null): void;
  /** Names of themes, for the card shown when the pointer rests on a highlight. */
  describeHighlight(highlight: PlacedHighlight): string;
}

/** The view's own attributes; the report is Chinese whatever the interface language, and lang picks Simplified Chinese glyphs. */
function viewAttributes(label: string): Record<string, string> {
  return { class: 'report-text', 'aria-label': label, role: 'document', lang: 'zh-CN' };
}

/** What the view's state is made from: the report's text and blocks, its hidden lines, and the words that name them. */
interface ViewInput {
  text: string;
  blocks: readonly Block[];
  hidden: readonly HiddenLine[];
  t: I18n['t'];
}

/** The view's state for a report: its document, its hidden lines (shown or not) and the highlight layer drawing `layer`. */
function reportState({ text, blocks, hidden, t }: ViewInput, showHidden: boolean, layer: HighlightLayerState): EditorState {
  const reason = (line: HiddenLine) => t('reader.hidden', { reason: t(hiddenReasonKey(line.reason)) });
  return EditorState.create({
    doc: reportDocument(text, blocks),
    plugins: [hiddenLinesPlugin(hidden, reason, showHidden), highlightLayerPlugin(blocks, { ...layer })],
  });
}

export function ReportView(props: ReportViewProps) {
  const { text, blocks, hidden, showHidden, label, children, highlights, themes, activeId } = props;
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const shown = useRef(showHidden);
  const layerState = useRef({ highlights, themes, activeId });
  useLayoutEffect(() => {
    layerState.current = { highlights, themes, activeId };
  });
  const outline = useMemo(() => reportOutline({ text, blocks }), [text, blocks]);

  // What the view's state is made from; the state the view was last given is `built`.
  const input = useRef<ViewInput>({ text, blocks, hidden, t });
  useLayoutEffect(() => {
    input.current = { text, blocks, hidden, t };
  });
  const built = useRef<ViewInput | null>(null);

  // The view is made with its report's state, not given it afterwards: the text is then styled and laid out once.
  useEffect(() => {
    if (!host.current) return;
    built.current = input.current;
    const created = new EditorView(host.current, {
      state: reportState(input.current, shown.current, layerState.current),
      editable: () => false,
      attributes: viewAttributes(callbacks.current.label),
    });
    view.current = created;
    callbacks.current.onView?.(created);
    return () => {
      callbacks.current.onView?.(null);
      created.destroy();
      view.current = null;
    };
  }, []);

  // A new title (the text replaced by a newer file) relabels the view without rebuilding it.
  useEffect(() => {
    view.current?.setProps({ attributes: viewAttributes(label) });
  }, [label]);

  // A replaced text or another language gives the view a new state.
  useEffect(() => {
    const current = view.current;
    const last = built.current;
    if (!current || (last && last.text === text && last.blocks === blocks && last.hidden === hidden && last.t === t)) return;
    built.current = { text, blocks, hidden, t };
    current.updateState(reportState(built.current, shown.current, layerState.current));
  }, [text, blocks, hidden, t]);

  useEffect(() => {
    const current = view.current;
    if (current) current.dispatch(setHighlightLayer(current.state.tr, { highlights, themes, activeId }));
  }, [highlights, themes, activeId]);

  const positionsCache = useRef<{ doc: unknown; map: TextPositions } | null>(null);
  /** Text offsets of the view's document, worked out once per document. */
  function positions(editor: EditorView): TextPositions {
    const cached = positionsCache.current;
    if (cached?.doc === editor.state.doc) return cached.map;
    const map = new TextPositions(blocks, blockPositions(editor.state.doc));
    positionsCache.current = { doc: editor.state.doc, map };
    return map;
  }

  useEffect(() => {
    // A selection that collapses (a click elsewhere, Esc) takes the toolbar away.
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) callbacks.current.onSelect(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  function onMouseUp() {
    const current = view.current;
    if (!current) return;
    const passage = selectedPassage(current, positions(current), text);
    if (passage) callbacks.current.onSelect(passage);
  }

  function onClick(event: React.MouseEvent) {
    const current = view.current;
    const selection = document.getSelection();
    if (!current || (selection && !selection.isCollapsed)) return;
    const under = highlightLayerOf(current)?.hit(event.clientX, event.clientY) ?? [];
    callbacks.current.onHighlightClick(under[0]?.id ?? null);
  }

  const hoverCard = useRef<HTMLDivElement>(null);
  const hoverFrame = useRef(0);
  function onMouseMove(event: React.MouseEvent) {
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const current = view.current;
      const card = hoverCard.current;
      if (!current || !card) return;
      const under = highlightLayerOf(current)?.hit(clientX, clientY) ?? [];
      const words = under.map((highlight) => callbacks.current.describeHighlight(highlight)).join('\n');
      card.hidden = words === '';
      current.dom.style.cursor = words === '' ? '' : 'pointer';
      if (words === '') return;
      card.textContent = words;
      card.style.left = `${Math.min(clientX + 12, window.innerWidth - 260)}px`;
      card.style.top = `${clientY + 18}px`;
    });
  }
  function onMouseLeave() {
    cancelAnimationFrame(hoverFrame.current);
    if (hoverCard.current) hoverCard.current.hidden = true;
  }

  useEffect(() => {
    shown.current = showHidden;
    const current = view.current;
    if (current) current.dispatch(setHiddenLinesShown(current.state.tr, showHidden));
  }, [showHidden]);

  // After the effects that give the view its document.
  const currentSection = useCurrentSection(view, outline);
  const readingStyle = useReadingStyleProperties();

  function scrollToBlock(index: number) {
    const current = view.current;
    if (!current) return;
    const position = blockPositions(current.state.doc)[index];
    const target = position === undefined ? null : current.nodeDOM(position);
    if (target instanceof HTMLElement) settleScroll(scrollingAncestor(target), () => target.scrollIntoView({ block: 'start' }));
  }

  return (
    <div className="reader-body">
      {outline.length > 0 && <Outline entries={outline} current={currentSection} onSelect={scrollToBlock} />}
      <div className="report-column">
        <FindBar view={view} text={text} blocks={blocks} />
        {children}
        <div ref={host} className="report-view" style={readingStyle} onMouseUp={onMouseUp} onClick={onClick} onMouseMove={onMouseMove} onMouseLeave={onMouseLeave} />
        <div ref={hoverCard} className="highlight-hover-card" role="tooltip" hidden />
      </div>
    </div>
  );
}
