/**
 * The report opened with @recogito/text-annotator, the library issue 6
 * weighs the app against: the plain report's elements (`plainReport`), the
 * annotator created on its `.report-text`, and the same highlights loaded as
 * its annotations, one per highlight, tagged with their themes and drawn in
 * the colour of the first (60 % opaque, as the other variants' 60 %
 * `color-mix`).
 *
 * How it draws (4.1.1): loading revives each annotation's DOM range from its
 * `start`/`end` (a walk over the container's text nodes), measures the
 * range's client rects and indexes them in an R-tree; its renderer then,
 * 10 ms after the last change (debounced) and in an animation frame, draws
 * the annotations whose rects meet the viewport, and 1 ms later emits
 * `onRedraw`. Its default renderer, `SPANS`, draws each rect as an absolutely
 * placed `span` in a layer over the text (`mix-blend-mode: multiply`);
 * `CSS_HIGHLIGHTS` (experimental, it says) registers one CSS `Highlight` per
 * annotation instead. The bench uses the default unless the page is given
 * `?renderer=CSS_HIGHLIGHTS`. The clock stops in the first `onRedraw` task
 * after the renderer has painted something: a task queued from the animation
 * frame that drew the highlights, so that frame's paint is in.
 */
import { createTextAnnotator, Origin, type Color, type HighlightStyle, type TextAnnotation, type TextAnnotationLike, type TextAnnotator, type TextSelector } from '@recogito/text-annotator';
import textAnnotatorStyles from '@recogito/text-annotator/text-annotator.css?inline';
import type { Block } from '../../../src/core/report/report';
import type { Theme } from '../../../src/core/themes/theme';
import { TEXT_ANNOTATOR_RENDERERS, type OpenReportData, type TextAnnotatorRenderer } from '../bench-data';
import type { Drawn } from './first-frame';
import { blockAt, type PlainReport } from './plain-report';

/** Whether `name` is one of the annotator's renderers (`createTextAnnotator` takes them, so the names are checked against its own). */
export function isRenderer(name: string): name is TextAnnotatorRenderer {
  return TEXT_ANNOTATOR_RENDERERS.some((renderer) => renderer === name);
}

/** How long the annotator may take to paint before the run counts as failed. */
const PAINT_TIMEOUT_MS = 20_000;

/**
 * Adds the annotator's own style sheet to the page (its layer of spans,
 * `.r6o-annotatable`, its selection colour). Called before the clock starts,
 * as the app's style sheets are loaded before it for every variant, and only
 * for this variant, so the others' style is not touched by its rules.
 */
export function addTextAnnotatorStyles(): void {
  const style = document.createElement('style');
  style.textContent = textAnnotatorStyles;
  document.head.append(style);
}

/**
 * A text offset of the report (`data.text`, blocks separated by line breaks)
 * as an offset into the container's text content, which is the blocks' text
 * with nothing between them: the annotator counts characters over the
 * container's text nodes.
 */
function containerOffsets(blocks: readonly Block[]): (offset: number, bias: 1 | -1) => number {
  const before: number[] = [];
  let length = 0;
  for (const block of blocks) {
    before.push(length);
    length += block.end - block.start;
  }
  return (offset, bias) => {
    const index = blockAt(blocks, offset, bias);
    const block = blocks[index]!;
    return before[index]! + Math.max(0, Math.min(block.end, offset) - block.start);
  };
}

/** A theme colour as the annotator's styles take it (the codebook's are `#rrggbb`). */
function hexColor(color: string): Color {
  if (!/^#[0-9a-f]{3,8}$/i.test(color)) throw new RangeError(`theme colour ${color} is not a hex colour`);
  return color as Color;
}

/** A stored selector, as the annotator loads it: its range is revived from `start` and `end`. */
type StoredSelector = Omit<TextSelector, 'range'>;

/**
 * Creates the annotator on `report` and loads `data`'s highlights into it, in
 * `themes`' colours, drawn with `renderer`.
 */
export function drawTextAnnotator(report: PlainReport, data: OpenReportData, themes: readonly Theme[], renderer: TextAnnotatorRenderer): Drawn {
  const container = report.element;
  const styles = new Map<string, HighlightStyle>(themes.map((theme) => [theme.id, { fill: hexColor(theme.color), fillOpacity: 0.6 }]));
  const style = (annotation: TextAnnotationLike) => styles.get(annotation.bodies[0]?.value ?? '');
  const annotator = createTextAnnotator<TextAnnotation, TextAnnotation>(container, { renderer, style });

  // The highlights as the annotator stores them: a TextSelector's quote and offsets, and a tagging body per theme.
  const offset = containerOffsets(data.blocks);
  const content = data.blocks.map((block) => data.text.slice(block.start, block.end)).join('');
  const annotations = data.highlights.map((highlight) => {
    const start = offset(highlight.start, 1);
    const end = offset(highlight.end, -1);
    const selector: StoredSelector = { quote: content.slice(start, end), start, end };
    return {
      id: highlight.id,
      bodies: highlight.themeIds.map((themeId, at) => ({ id: `${highlight.id}-${at}`, annotation: highlight.id, purpose: 'tagging', value: themeId })),
      target: { annotation: highlight.id, selector: [selector] },
    };
  }) as unknown as TextAnnotation[];

  // Listened for before loading, so no redraw is missed.
  const painted = new Promise<number>((resolve, reject) => {
    const shapes = () =>
      renderer === 'CSS_HIGHLIGHTS' ? CSS.highlights.size : (container.querySelector('.r6o-span-highlight-layer')?.childElementCount ?? 0);
    const timeout = setTimeout(() => reject(new Error(`the text annotator painted nothing in ${PAINT_TIMEOUT_MS / 1000} s`)), PAINT_TIMEOUT_MS);
    const stop = annotator.renderer.on('onRedraw', () => {
      const count = shapes();
      if (count === 0) return;
      clearTimeout(timeout);
      stop();
      resolve(count);
    });
  });

  // What `setAnnotations(annotations)` does once fixed upstream: 4.1.1's routes
  // the replacing load to the core store's `syncAnnotations`, which the text
  // annotator's store does not wrap, so no range is revived and nothing is
  // drawn (text-annotator-js PR #276). Its store's `bulkAddAnnotations` revives
  // every range and indexes them in one change, from the same remote origin.
  annotator.state.store.bulkAddAnnotations(annotations, true, Origin.REMOTE);

  return {
    element: container,
    painted,
    highlights() {
      return checkedAnnotations(annotator.state.store, report, data, content);
    },
  };
}

/**
 * How many highlights the annotator holds, once every one is checked (after
 * the clock): each is in its store, has rects in its index, and its revived
 * range is the one the plain report's DOM points give, over the same text.
 */
function checkedAnnotations(
  store: TextAnnotator<TextAnnotation, TextAnnotation>['state']['store'],
  report: PlainReport,
  data: OpenReportData,
  content: string,
): number {
  const problems: string[] = [];
  if (store.all().length !== data.highlights.length) problems.push(`the store holds ${store.all().length} annotations, not ${data.highlights.length}`);
  for (const highlight of data.highlights) {
    const annotation = store.getAnnotation(highlight.id);
    const range = annotation?.target.selector[0]?.range;
    if (!annotation || !range) {
      problems.push(`${highlight.id} has no revived range`);
      continue;
    }
    if (store.getAnnotationRects(highlight.id).length === 0) problems.push(`${highlight.id} has no rects`);
    const start = report.point(highlight.start, 1);
    const end = report.point(highlight.end, -1);
    const expected = document.createRange();
    expected.setStart(start.node, start.offset);
    expected.setEnd(end.node, end.offset);
    if (range.compareBoundaryPoints(Range.START_TO_START, expected) !== 0 || range.compareBoundaryPoints(Range.END_TO_END, expected) !== 0)
      problems.push(`${highlight.id}: revived ${JSON.stringify(range.toString())}, expected ${JSON.stringify(expected.toString())}`);
    else if (range.toString() !== annotation.target.selector[0]!.quote) problems.push(`${highlight.id}: its quote is not its range's text`);
  }
  if (content !== (report.element.textContent ?? '')) problems.push("the container's text is not the blocks' text");
  if (problems.length > 0) throw new Error(`the text annotator's highlights differ from the plain report's: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  return data.highlights.length;
}
