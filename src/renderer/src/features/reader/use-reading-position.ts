/**
 * Remembers where the analyst was in each report and takes them back there.
 * While a report is shown, every scroll records its reading position (the
 * first block at the top and how far into it), written to the library's
 * settings table half a second after scrolling stops and again when the
 * report is closed. Opening the report restores it: at once when this
 * session already knows it, else as soon as the settings table answers.
 * When the text reflows (font size, line spacing, window width, hidden lines
 * shown), the same position is brought back to the top.
 */
import type { EditorView } from 'prosemirror-view';
import { useEffect, type RefObject } from 'react';
import type { Block } from '../../../../core/report/report';
import { library } from '../../db/library';
import { isReadingPosition, isReportTop, readingPositionAt, readingPositionKey, scrollDelta, type BlockBox, type ReadingPosition } from './reading-position';
import { blockPositions } from './report-document';
import { saveReadingPosition } from './save-reading-position';
import { scrollingAncestor } from './scrolling-ancestor';
import { settleScroll } from './settle-scroll';

/** How long scrolling must rest before the position is written. */
const WRITE_DELAY_MS = 500;

/** Positions known in this session, so that reopening a report needs no wait. */
const known = new Map<string, ReadingPosition>();

/**
 * Keeps `reportId`'s reading position for the report shown in `view` (the
 * view, or a ref to it; its document is built from `blocks`). Call where the
 * view's document is in place before this hook's effect runs (a parent of
 * the report view, whose effects run first).
 */
export function useReadingPosition(
  view: EditorView | null | RefObject<EditorView | null>,
  reportId: string | undefined,
  blocks: readonly Block[],
  /** False when the report was opened at a passage (an excerpt, a search result): the reader stays there and tracking starts from it. */
  restoreOnOpen = true,
): void {
  useEffect(() => {
    const editor = view && 'current' in view ? view.current : view;
    if (!editor || reportId === undefined) return;
    const scroller = scrollingAncestor(editor.dom);
    const key = readingPositionKey(reportId);
    const starts = blockPositions(editor.state.doc);
    const count = Math.min(blocks.length, starts.length - 1);

    const boxOf = (block: number): BlockBox => {
      const element = editor.nodeDOM(starts[block] as number);
      if (!(element instanceof Element)) return { top: 0, bottom: 0 };
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    const line = () => scroller.getBoundingClientRect().top + scroller.clientTop;

    let position: ReadingPosition | null = null;
    let tracking = false;
    let unsaved = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let disposed = false;
    /** Stops the scroll still settling, if any: its frames read the view, which is gone once the report closes. */
    let stopSettling = () => {};

    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!unsaved || !position) return;
      unsaved = false;
      saveReadingPosition(library, reportId, position).catch((error: unknown) => console.warn('The reading position was not saved:', error));
    };

    const apply = (target: ReadingPosition) => {
      stopSettling();
      if (isReportTop(target) || target.block >= count) scroller.scrollTop = 0;
      else stopSettling = settleScroll(scroller, () => (scroller.scrollTop += scrollDelta(target, boxOf(target.block), line())));
    };

    const restore = (target: ReadingPosition | null) => {
      if (tracking) return;
      tracking = true;
      if (target) apply(target);
      position = target ?? { block: 0, within: 0 };
    };

    const measure = () => {
      frame = 0;
      if (!tracking || count === 0) return;
      const next = readingPositionAt(count, boxOf, line());
      if (!next || (position && next.block === position.block && Math.abs(next.within - position.within) < 1e-4)) return;
      position = next;
      known.set(reportId, next);
      unsaved = true;
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_DELAY_MS);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    // A report opened afresh starts at its top until its stored position is known.
    const remembered = known.get(reportId);
    if (!restoreOnOpen) tracking = true;
    else if (remembered) restore(remembered);
    else {
      scroller.scrollTop = 0;
      library.settings
        .get(key)
        .then((record) => {
          if (disposed) return;
          const stored = isReadingPosition(record?.value) ? record.value : null;
          if (stored) known.set(reportId, stored);
          restore(stored);
        })
        .catch((error: unknown) => {
          console.warn('The reading position was not read:', error);
          restore(null);
        });
    }

    // Reflowed text: put the position back at the top rather than record wherever the text moved to.
    let lastHeight = editor.dom.getBoundingClientRect().height;
    const resizes = new ResizeObserver(() => {
      const height = editor.dom.getBoundingClientRect().height;
      if (height === lastHeight) return;
      lastHeight = height;
      if (tracking && position) apply(position);
    });
    resizes.observe(editor.dom);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      disposed = true;
      scroller.removeEventListener('scroll', onScroll);
      resizes.disconnect();
      cancelAnimationFrame(frame);
      stopSettling();
      write();
    };
  }, [view, reportId, blocks, restoreOnOpen]);
}
