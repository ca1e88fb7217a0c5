/**
 * Selecting a passage of the report from outside the reader (a search
 * result): the text offsets made a DOM selection, scrolled to the middle of
 * the reader, and given back as the pending passage the toolbar and the
 * coding keys act on.
 */
import type { EditorView } from 'prosemirror-view';
import { blockPositions } from '../reader/report-document';
import { scrollingAncestor } from '../reader/scrolling-ancestor';
import { settleScroll } from '../reader/settle-scroll';
import { TextPositions } from '../reader/text-offsets';
import type { Block } from '../../../../core/report/report';
import { lastLineBox } from './selected-passage';
import type { PendingPassage } from './use-coding';

/** Selects `[start, end)` of the report shown in `view` (made from `blocks`); null when the offsets are not in its text. */
export function selectPassage(view: EditorView, blocks: readonly Block[], start: number, end: number): PendingPassage | null {
  const positions = new TextPositions(blocks, blockPositions(view.state.doc));
  const from = positions.position(start, 1);
  const to = positions.position(end, -1);
  if (from === null || to === null || from >= to) return null;
  const head = view.domAtPos(from);
  const tail = view.domAtPos(to);
  const range = view.dom.ownerDocument.createRange();
  range.setStart(head.node, head.offset);
  range.setEnd(tail.node, tail.offset);
  const element = head.node instanceof Element ? head.node : head.node.parentElement;
  if (element) settleScroll(scrollingAncestor(element), () => element.scrollIntoView({ block: 'center' }));
  const selection = view.dom.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { start, end, rect: lastLineBox(range) };
}
