/**
 * Places a report's stored highlights in its text, as the Hypothesis client
 * anchors annotations when a document opens: a highlight whose quote still
 * stands at its stored position is placed there at once (the usual case,
 * O(quote)); one whose text moved is anchored by quote and then fuzzily
 * (`core/anchoring`); one that cannot be placed is an orphan, listed with its
 * quote and note and never dropped.
 */
import { anchor } from '../../../../core/anchoring/anchor';
import type { HighlightRecord } from '../../db/db';
import type { PlacedHighlight } from './placed-highlight';

export interface Placement {
  /** Placed highlights, in reading order (by start, then the longer first). */
  placed: PlacedHighlight[];
  /** Highlights whose passage is no longer in the text. */
  orphans: HighlightRecord[];
}

export function placeHighlights(text: string, highlights: readonly HighlightRecord[]): Placement {
  const placed: PlacedHighlight[] = [];
  const orphans: HighlightRecord[] = [];
  for (const highlight of highlights) {
    const { position, quote } = highlight.selectors;
    let start = position.start;
    let end = position.end;
    if (text.slice(start, end) !== quote.exact || start >= end) {
      const found = anchor(text, highlight.selectors);
      if (!found) {
        orphans.push(highlight);
        continue;
      }
      ({ start, end } = found);
    }
    placed.push({ id: highlight.id, start, end, themeIds: highlight.themeIds });
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  return { placed, orphans };
}
