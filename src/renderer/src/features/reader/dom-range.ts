/**
 * A passage of the report's plain text as a DOM `Range` over the rendered
 * report, for painting with the CSS Custom Highlight API and for measuring.
 * Text offsets go to document positions through `TextPositions`, positions
 * to DOM points through the view.
 */
import type { EditorView } from 'prosemirror-view';
import type { TextPositions } from './text-offsets';

/**
 * The DOM range of the text `[start, end)`, or null when the report has no
 * blocks or the view cannot place it (a position outside its document).
 */
export function domRange(view: EditorView, positions: TextPositions, start: number, end: number): Range | null {
  const from = positions.position(start, 1);
  const to = positions.position(end, -1);
  if (from === null || to === null) return null;
  const size = view.state.doc.content.size;
  if (from < 0 || to > size || to < from) return null;
  try {
    const head = view.domAtPos(from, 1);
    const tail = view.domAtPos(to, -1);
    const range = document.createRange();
    range.setStart(head.node, head.offset);
    range.setEnd(tail.node, tail.offset);
    return range;
  } catch {
    // A DOM point the range cannot take (the view mid-update): nothing to draw this time.
    return null;
  }
}
