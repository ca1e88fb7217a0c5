/**
 * The bench page: draws the report of `data.json` in the way `?variant=`
 * names (see VARIANTS in ../bench-data.ts), in a column `?width=` pixels wide
 * (46em by default), once, timed from the start to the
 * first frame after layout (for the text annotator, which paints later, the
 * frame after it has painted), and leaves the timing in `window.benchResult`
 * for the runner. The data is fetched and the page left to settle before the
 * clock starts, so only drawing is timed.
 */
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import codebookFile from '../../../resources/codebook.json';
import { defaultCodebook } from '../../../src/core/themes/default-codebook';
import { highlightLayerPlugin } from '../../../src/renderer/src/features/annotate/highlight-layer';
import { blockPositions, reportDocument } from '../../../src/renderer/src/features/reader/report-document';
import { TextPositions } from '../../../src/renderer/src/features/reader/text-offsets';
import { TEXT_ANNOTATOR_RENDERERS, VARIANTS, type DrawTiming, type OpenReportData, type TextAnnotatorRenderer, type Variant } from '../bench-data';
import { drawCssHighlights } from './css-highlights';
import { timeDrawing, type Drawn } from './first-frame';
import { inlineDecorationsPlugin } from './inline-decorations';
import { plainReport } from './plain-report';
import { reportColumn } from './report-column';
import type * as TextAnnotatorModule from './text-annotator';

declare global {
  interface Window {
    /** The timing of this page's drawing, or the error that stopped it. */
    benchResult?: DrawTiming | { error: string };
  }
}

const themes = defaultCodebook(codebookFile);

/**
 * The text annotator's module, loaded (with its style sheet) before the clock
 * starts and only for its variant, so the others run without its code and
 * rules in the page; and the renderer it draws with (`?renderer=`, its
 * default `SPANS` unless given).
 */
let textAnnotator: { module: typeof TextAnnotatorModule; renderer: TextAnnotatorRenderer } | null = null;

/**
 * The app's style sheet lets the browser skip laying out blocks far from the
 * viewport (`content-visibility: auto` on `.report-text > *`). Every variant
 * but `pm-layer` (ours, as the app ships it) overrides that and lays out the
 * whole text, so `plain` is what the issue names: the time Chromium needs to
 * lay out the same text with no highlights at all.
 */
const LAY_OUT_EVERY_BLOCK = '.report-text > * { content-visibility: visible; }';

/** A read-only report view as the app's ReportView makes it, with `plugins`. */
function proseMirrorView(host: HTMLElement, data: OpenReportData, plugins: Plugin[]): EditorView {
  return new EditorView(host, {
    state: EditorState.create({ doc: reportDocument(data.text, data.blocks), plugins }),
    editable: () => false,
    attributes: { class: 'report-text', 'aria-label': data.title, role: 'document', lang: 'zh-CN' },
  });
}

/** The drawing of each variant, given the `.report-view` to draw in. */
const DRAWINGS: Readonly<Record<Variant, (host: HTMLElement, data: OpenReportData) => Drawn>> = {
  plain(host, data) {
    const { element } = plainReport(host, data.text, data.blocks);
    return { element, highlights: () => 0 };
  },
  'plain-css'(host, data) {
    const report = plainReport(host, data.text, data.blocks);
    const count = drawCssHighlights(report.point, data.highlights, themes);
    return { element: report.element, highlights: () => count };
  },
  'pm-layer'(host, data) {
    const view = proseMirrorView(host, data, [highlightLayerPlugin(data.blocks, { highlights: data.highlights, themes, activeId: null })]);
    return { element: view.dom, highlights: () => Number(view.dom.dataset.highlights ?? 0) };
  },
  'pm-css'(host, data) {
    const view = proseMirrorView(host, data, []);
    const positions = new TextPositions(data.blocks, blockPositions(view.state.doc));
    const point = (offset: number, bias: 1 | -1) => view.domAtPos(positions.position(offset, bias) as number, bias);
    const count = drawCssHighlights(point, data.highlights, themes);
    return { element: view.dom, highlights: () => count };
  },
  'pm-layer-full'(host, data) {
    return DRAWINGS['pm-layer'](host, data);
  },
  'pm-decorations'(host, data) {
    const view = proseMirrorView(host, data, [inlineDecorationsPlugin(data.blocks, data.highlights, themes)]);
    return { element: view.dom, highlights: () => data.highlights.length };
  },
  'pm-bare'(host, data) {
    const view = proseMirrorView(host, data, []);
    return { element: view.dom, highlights: () => 0 };
  },
  recogito(host, data) {
    if (!textAnnotator) throw new Error('the text annotator module was not loaded');
    const report = plainReport(host, data.text, data.blocks);
    return textAnnotator.module.drawTextAnnotator(report, data, themes, textAnnotator.renderer);
  },
};

function isVariant(name: string | null): name is Variant {
  return VARIANTS.some((variant) => variant === name);
}

/** Two frames and a pause, so the page's own loading is over before the clock starts. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

async function run(): Promise<DrawTiming> {
  const query = new URLSearchParams(location.search);
  const variant = query.get('variant');
  const width = Number(query.get('width'));
  if (!isVariant(variant)) throw new RangeError(`Unknown variant ${String(variant)}: expected one of ${VARIANTS.join(', ')}`);
  const data = (await (await fetch('./data.json')).json()) as OpenReportData;
  if (variant !== 'pm-layer') {
    const style = document.createElement('style');
    style.textContent = LAY_OUT_EVERY_BLOCK;
    document.head.append(style);
  }
  if (variant === 'recogito') {
    const module = await import('./text-annotator');
    const renderer = query.get('renderer') ?? TEXT_ANNOTATOR_RENDERERS[0];
    if (!module.isRenderer(renderer)) throw new RangeError(`Unknown renderer ${renderer}: expected one of ${TEXT_ANNOTATOR_RENDERERS.join(', ')}`);
    module.addTextAnnotatorStyles();
    textAnnotator = { module, renderer };
  }
  const host = reportColumn(document.getElementById('root') as HTMLElement, width > 0 ? width : null);
  await settle();
  return timeDrawing(() => DRAWINGS[variant](host, data));
}

run().then(
  (timing) => {
    window.benchResult = timing;
  },
  (error: unknown) => {
    window.benchResult = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  },
);
