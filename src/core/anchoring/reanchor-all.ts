import { anchor, type AnchorMethod, type AnchorOptions } from './anchor';
import { describeRange } from './describe-range';
import type { HighlightSelectors } from './selectors';

/**
 * What became of one highlight when its report's text changed (a re-import,
 * a better importer): placed again, with selectors describing its new place,
 * or an orphan that keeps its old selectors so it can be shown and placed by
 * hand. Nothing is ever dropped.
 */
export type Reanchoring =
  | { status: 'anchored'; method: AnchorMethod; selectors: HighlightSelectors }
  | { status: 'orphan'; selectors: HighlightSelectors };

/**
 * Re-anchors every highlight of a report against its new `text`: one
 * `Reanchoring` per highlight, in the order given. A placed highlight gets
 * fresh selectors from `describeRange` at its new range (so its quote is the
 * text now there, which after a fuzzy match differs a little from the old
 * quote); an orphan keeps the selectors it came with.
 *
 * Highlights are worked through in the order of their old positions, and each
 * is expected where its old position lands if the text moved as much as it
 * did for the highlight placed just before it. When a block of text vanished
 * or appeared early in the report (debris now dropped, a preamble added),
 * the fuzzy search then still starts in the right neighbourhood.
 * `options.expectedStart` is ignored: it is worked out per highlight.
 */
export function reanchorAll(text: string, highlights: readonly HighlightSelectors[], options: AnchorOptions = {}): Reanchoring[] {
  const order = highlights.map((_, index) => index).sort((a, b) => oldStart(highlights[a]) - oldStart(highlights[b]));
  const results = new Array<Reanchoring>(highlights.length);
  let shift = 0;
  for (const index of order) {
    const selectors = highlights[index] as HighlightSelectors;
    const { start } = selectors.position;
    const expectedStart = Number.isFinite(start) ? start + shift : undefined;
    const placed = anchor(text, selectors, { ...options, expectedStart });
    if (placed === null) {
      results[index] = { status: 'orphan', selectors };
      continue;
    }
    if (Number.isFinite(start)) shift = placed.start - start;
    results[index] = { status: 'anchored', method: placed.method, selectors: describeRange(text, placed.start, placed.end) };
  }
  return results;
}

/** A highlight's old start, for ordering; a missing one sorts first. */
function oldStart(selectors: HighlightSelectors | undefined): number {
  const start = selectors?.position.start;
  return start !== undefined && Number.isFinite(start) ? start : -1;
}
