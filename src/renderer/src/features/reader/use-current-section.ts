/**
 * Follows the section being read: which outline heading the analyst has
 * most recently scrolled past, measured once per animation frame while the
 * report scrolls or reflows.
 */
import type { EditorView } from 'prosemirror-view';
import { useEffect, useState, type RefObject } from 'react';
import type { OutlineHeading } from '../../../../core/report/report';
import { currentSection } from './current-section';
import { blockPositions } from './report-document';
import { scrollingAncestor } from './scrolling-ancestor';

/** How far below the top of the reading area a heading counts as begun, in CSS pixels. */
const READING_LINE_PX = 72;

/**
 * The block index of the current outline heading, or null before the first
 * heading (and for a report without one). Call after the effect that gives
 * the view its document.
 */
export function useCurrentSection(view: RefObject<EditorView | null>, entries: readonly OutlineHeading[]): number | null {
  const [current, setCurrent] = useState<{ entries: readonly OutlineHeading[]; block: number | null }>({ entries, block: null });

  useEffect(() => {
    const editor = view.current;
    if (!editor || entries.length === 0) return;
    const scroller = scrollingAncestor(editor.dom);
    let frame = 0;
    let starts: number[] = [];
    let measuredDoc = null as EditorView['state']['doc'] | null;

    const measure = () => {
      frame = 0;
      const { doc } = editor.state;
      if (doc !== measuredDoc) {
        measuredDoc = doc;
        starts = blockPositions(doc);
      }
      const tops = entries.map((entry) => {
        const position = starts[entry.block];
        const element = position === undefined ? null : editor.nodeDOM(position);
        return element instanceof Element ? element.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
      });
      const area = scroller.getBoundingClientRect();
      const top = area.top + scroller.clientTop;
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      const index = currentSection(tops, { line: top + READING_LINE_PX, bottom: top + scroller.clientHeight, atEnd });
      const block = index === -1 ? null : (entries[index] as OutlineHeading).block;
      setCurrent((previous) => (previous.entries === entries && previous.block === block ? previous : { entries, block }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    schedule();
    const resizes = new ResizeObserver(schedule);
    resizes.observe(editor.dom);
    scroller.addEventListener('scroll', schedule, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', schedule);
      resizes.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [view, entries]);

  // A measurement of an earlier outline says nothing about this one.
  return current.entries === entries ? current.block : null;
}
