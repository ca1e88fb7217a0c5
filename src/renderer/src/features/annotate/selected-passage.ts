/**
 * The passage the analyst selected in the report view, as text offsets:
 * the DOM selection mapped to document positions and then to the plain
 * text, with white space at either end left out (a drag that overshoots a
 * line end should not highlight the line break).
 */
import type { EditorView } from 'prosemirror-view';
import type { TextPositions } from '../reader/text-offsets';
import type { PendingPassage } from './use-coding';

/** The selected passage of `view`, or null when nothing (or only white space) inside it is selected. */
export function selectedPassage(view: EditorView, positions: TextPositions, text: string): PendingPassage | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null;
  let start: number;
  let end: number;
  try {
    start = positions.offset(view.posAtDOM(range.startContainer, range.startOffset, 1));
    end = positions.offset(view.posAtDOM(range.endContainer, range.endOffset, -1));
  } catch {
    return null; // the selection starts or ends in something that is not the report's text (a hidden line)
  }
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  if (start >= end) return null;
  // Never cut a surrogate pair (a rare character outside the BMP) in half.
  if (/[\uDC00-\uDFFF]/.test(text[start] as string)) start -= 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] as string)) end += 1;
  return { start, end, rect: lastLineBox(range) };
}

/** The last line box of a range (where a selection ends, and its toolbar goes), or its bounding box when it has none. */
export function lastLineBox(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? (rects[rects.length - 1] as DOMRect) : range.getBoundingClientRect();
}
