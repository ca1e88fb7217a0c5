/**
 * Find in report: Ctrl+F (Cmd+F) opens it, typing searches the report's
 * plain text (`findMatches`), Enter and Shift+Enter step through the matches,
 * Esc closes it and clears them. The matches are painted over the report
 * with the CSS Custom Highlight API (`find-match`, and `find-current` for the
 * one stepped to), never written into the document; the current one is
 * scrolled to the middle of the reading area when it is out of view.
 */
import type { EditorView } from 'prosemirror-view';
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { Block } from '../../../../core/report/report';
import { findMatches, type TextMatch } from '../../../../core/text/find-matches';
import { foldText, type FoldedText } from '../../../../core/text/folded-text';
import { domRange } from './dom-range';
import { readingPositionAt } from './reading-position';
import { blockPositions } from './report-document';
import { scrollingAncestor } from './scrolling-ancestor';
import { settleScroll } from './settle-scroll';
import { TextPositions } from './text-offsets';

/** Highlight names, styled in reader-tools.css with `::highlight(…)`. */
export const FIND_MATCH_HIGHLIGHT = 'find-match';
export const FIND_CURRENT_HIGHLIGHT = 'find-current';

/** Above the highlight layer's sets (one per theme), so a match shows over a highlight. */
const FIND_PRIORITY = 1000;

/** More matches than anyone steps through; a one-character query in a long report stays quick. */
const MATCH_LIMIT = 5000;

/** A selection at most this long, on one line, becomes the query when find opens. */
const SELECTION_QUERY_MAX = 64;

/** Room kept between a match scrolled to and the edges of the reading area or the bar. */
const MARGIN_PX = 8;

/** True when two boxes overlap. */
function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface FindInReport {
  open: boolean;
  query: string;
  /** The matches of the query, capped at a few thousand. */
  matches: readonly TextMatch[];
  /** Index of the current match, or -1 when there is none. */
  current: number;
  /** For the find bar's element: a match under it is not in view. */
  bar: RefObject<HTMLDivElement | null>;
  /** Increases each time find is asked for, so the bar can take the focus again. */
  requested: number;
  search(query: string): void;
  next(): void;
  previous(): void;
  close(): void;
}

interface FindState {
  open: boolean;
  query: string;
  text: string;
  matches: readonly TextMatch[];
  current: number;
  requested: number;
}

/** Whether the CSS Custom Highlight API is there to paint with. */
function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The mapping from text offsets to the view's document, or null before the view has the report. */
function textPositionsOf(editor: EditorView, blocks: readonly Block[]): TextPositions | null {
  const starts = blockPositions(editor.state.doc);
  if (starts.length - 1 < blocks.length) return null;
  return new TextPositions(blocks, starts);
}

/** The first match at or below the top of the reading area, so a new search starts where the analyst is. */
function firstInView(editor: EditorView, blocks: readonly Block[], matches: readonly TextMatch[]): number {
  if (matches.length === 0) return -1;
  const positions = textPositionsOf(editor, blocks);
  if (!positions) return 0;
  const top = scrollingAncestor(editor.dom).getBoundingClientRect().top;
  // The same search as for a reading position: the first box whose bottom is below a line.
  const found = readingPositionAt(
    matches.length,
    (index) => {
      const match = matches[index] as TextMatch;
      const rect = domRange(editor, positions, match.start, match.end)?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom } : { top: 0, bottom: 0 };
    },
    top,
  );
  return !found || found.within === 1 ? 0 : found.block;
}

/**
 * Find for the report shown in `view`, whose plain text is `text` and
 * blocks `blocks`. Listens for Ctrl+F on the window while mounted.
 */
export function useFindInReport(view: RefObject<EditorView | null>, text: string, blocks: readonly Block[]): FindInReport {
  const [state, setState] = useState<FindState>({ open: false, query: '', text, matches: [], current: -1, requested: 0 });
  const searchable = useRef<FoldedText | null>(null);
  const bar = useRef<HTMLDivElement | null>(null);

  const prepared = (): FoldedText => {
    if (searchable.current?.text !== text) searchable.current = foldText(text);
    return searchable.current;
  };

  const search = (query: string) => {
    const matches = findMatches(prepared(), query, { limit: MATCH_LIMIT });
    const current = view.current ? firstInView(view.current, blocks, matches) : matches.length > 0 ? 0 : -1;
    setState((previous) => ({ ...previous, open: true, query, text, matches, current }));
  };
  const step = (by: 1 | -1) => {
    setState((previous) => {
      const total = previous.matches.length;
      if (total === 0) return previous;
      return { ...previous, current: (((previous.current + by) % total) + total) % total };
    });
  };
  const close = () => setState((old) => ({ ...old, open: false, query: '', matches: [], current: -1 }));

  // The report changed under an open search: search the new text.
  if (state.text !== text) {
    const matches = state.query ? findMatches(text, state.query, { limit: MATCH_LIMIT }) : [];
    setState({ ...state, text, matches, current: matches.length > 0 ? 0 : -1 });
  }

  // Ctrl+F / Cmd+F: open, taking a short selected passage as the query.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
    event.preventDefault();
    const editor = view.current;
    const selection = window.getSelection();
    const selected = selection && !selection.isCollapsed && editor?.dom.contains(selection.anchorNode) ? selection.toString().trim() : '';
    if (selected && selected.length <= SELECTION_QUERY_MAX && !selected.includes('\n')) search(selected);
    setState((old) => ({ ...old, open: true, requested: old.requested + 1 }));
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Paint the matches, and paint them again whenever the view redraws its DOM.
  const { matches, current, open } = state;
  useEffect(() => {
    const editor = view.current;
    if (!editor || !open || matches.length === 0 || !canHighlight()) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const positions = textPositionsOf(editor, blocks);
      const ranges = positions ? matches.map((match) => domRange(editor, positions, match.start, match.end)) : [];
      const others = ranges.filter((range, index): range is Range => range !== null && index !== current);
      const all = new Highlight(...others);
      all.priority = FIND_PRIORITY;
      CSS.highlights.set(FIND_MATCH_HIGHLIGHT, all);
      const here = ranges[current];
      const one = here ? new Highlight(here) : new Highlight();
      one.priority = FIND_PRIORITY + 1;
      CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, one);
    };
    paint();
    const redraws = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    redraws.observe(editor.dom, { childList: true, subtree: true, characterData: true });
    return () => {
      redraws.disconnect();
      cancelAnimationFrame(frame);
      CSS.highlights.delete(FIND_MATCH_HIGHLIGHT);
      CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
    };
  }, [view, blocks, open, matches, current]);

  // Bring the current match into view, in the middle of the reading area, when it is not.
  useEffect(() => {
    const editor = view.current;
    if (!editor || !open || current < 0) return;
    const match = matches[current];
    const positions = textPositionsOf(editor, blocks);
    const range = match && positions ? domRange(editor, positions, match.start, match.end) : null;
    if (!range) return;
    const scroller = scrollingAncestor(editor.dom);
    const area = scroller.getBoundingClientRect();
    const box = range.getBoundingClientRect();
    const covering = bar.current?.getBoundingClientRect();
    const hidden = covering !== undefined && overlaps(box, covering);
    if (!hidden && box.top >= area.top + MARGIN_PX && box.bottom <= area.bottom - MARGIN_PX) return;
    return settleScroll(scroller, () => {
      const now = range.getBoundingClientRect();
      scroller.scrollTop += now.top + now.height / 2 - (area.top + area.height / 2);
    });
  }, [view, blocks, open, matches, current]);

  return { open, query: state.query, matches, current, requested: state.requested, bar, search, next: () => step(1), previous: () => step(-1), close };
}
