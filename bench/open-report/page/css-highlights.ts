/**
 * Highlights drawn with the CSS Custom Highlight API as the highlight layer
 * draws them, without its coding stripes: one DOM range per highlight, one
 * named `Highlight` per theme holding the ranges of its highlights, and one
 * `::highlight()` rule per theme in the layer's translucent colours, so
 * overlaps show as layers, set on the report text and inherited by its
 * blocks as the layer's rules are. The DOM points of text offsets come from the
 * caller: the plain report's own lookup, or a ProseMirror view's `domAtPos`.
 */
import type { Theme } from '../../../src/core/themes/theme';
import type { PlacedHighlight } from '../../../src/renderer/src/features/annotate/placed-highlight';

/** The DOM point of a text offset; between blocks, the start of the next (`bias` 1) or the end of the previous (`bias` -1). */
export type DomPoint = (offset: number, bias: 1 | -1) => { node: Node; offset: number };

/** Draws `highlights` over the text `point` finds, in the colours of `themes`; returns how many ranges it drew. */
export function drawCssHighlights(point: DomPoint, highlights: readonly PlacedHighlight[], themes: readonly Theme[]): number {
  const index = new Map(themes.map((theme, at) => [theme.id, at]));
  const sets = themes.map(() => [] as Range[]);
  for (const highlight of highlights) {
    const start = point(highlight.start, 1);
    const end = point(highlight.end, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    for (const id of highlight.themeIds) {
      const at = index.get(id);
      if (at !== undefined) sets[at]!.push(range);
    }
  }
  const style = document.createElement('style');
  style.textContent = themes
    .map((theme, at) => `.report-text::highlight(bench-theme-${at}) { background-color: color-mix(in srgb, ${theme.color} 60%, transparent); color: inherit; }`)
    .join('\n');
  document.head.append(style);
  sets.forEach((ranges, at) => {
    const set = new Highlight(...ranges);
    set.priority = at;
    CSS.highlights.set(`bench-theme-${at}`, set);
  });
  return highlights.length;
}
