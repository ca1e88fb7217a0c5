/**
 * A highlight as the reader draws it: where it stands in the open report's
 * text now, and its themes. Stored highlights are placed by anchoring their
 * selectors against the text (see `placeHighlights`).
 */
export interface PlacedHighlight {
  id: string;
  /** `[start, end)` in UTF-16 code units of the report's plain text. */
  start: number;
  end: number;
  /** Theme ids, in the order the analyst gave them. */
  themeIds: readonly string[];
}

/**
 * The highlights covering the text offset `offset` (`start <= offset < end`),
 * the shortest first: the one a click there most likely means.
 */
export function highlightsAt(highlights: readonly PlacedHighlight[], offset: number): PlacedHighlight[] {
  return highlights.filter((highlight) => highlight.start <= offset && offset < highlight.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}
