/**
 * Highlights drawn over the report without becoming part of it, with the CSS
 * Custom Highlight API: each theme is one named `Highlight` (a set of DOM
 * ranges) painted in the theme's colour, so the report's DOM is never split
 * into spans and opening a report with a thousand highlights costs little
 * more than laying out its text (see bench/README.md for the figures). A
 * highlight with several themes is in several sets and its colours layer;
 * the open highlight is one more set, underlined. Beside the text, coding
 * stripes show which themes cover each line; they are laid out after the
 * report is painted, and only for the lines in and near the viewport.
 *
 * The layer is a ProseMirror plugin: its state is the placed highlights and
 * the codebook (set with `setHighlightLayer`), its view paints them after
 * every update, since a new document or a redrawn block leaves ranges that
 * point at nodes no longer shown.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Block } from '../../../../core/report/report';
import type { Theme } from '../../../../core/themes/theme';
import { blockPositions } from '../reader/report-document';
import { scrollingAncestor } from '../reader/scrolling-ancestor';
import { settleScroll } from '../reader/settle-scroll';
import { TextPositions } from '../reader/text-offsets';
import { mergeStripes, type StripeSegment } from './coding-stripes';
import { highlightsAt, type PlacedHighlight } from './placed-highlight';

export interface HighlightLayerState {
  highlights: readonly PlacedHighlight[];
  /** The codebook in its order; a theme's place gives its colour's name and its stripe's lane. */
  themes: readonly Theme[];
  /** The highlight the analyst has open or just made, drawn underlined. */
  activeId: string | null;
}

export const highlightLayerKey = new PluginKey<HighlightLayerState>('highlight-layer');

/** The name of the highlight set of the theme at `index` in the codebook. */
const themeSetName = (index: number) => `theme-${index}`;
const ACTIVE_SET = 'highlight-active';
const UNTAGGED_SET = 'highlight-untagged';
const STYLE_ID = 'highlight-layer-colors';

/** Sets what the layer draws: any of highlights, themes and the open highlight. */
export function setHighlightLayer(tr: Transaction, change: Partial<HighlightLayerState>): Transaction {
  return tr.setMeta(highlightLayerKey, change);
}

/**
 * One `::highlight()` rule for each theme at the places `used` of the
 * codebook, in its colour, translucent so overlaps show as layers. The rules
 * are set on the report text and its blocks inherit them: a bare
 * `::highlight()` matches every element, and Chromium then works out each
 * element's highlight styles anew, which made opening a long report's style
 * pass ten times longer (bench/README.md). Only the themes a report uses get
 * a rule, for the same reason.
 */
function colorRules(themes: readonly Theme[], used: ReadonlySet<number>): string {
  return [...used]
    .sort((a, b) => a - b)
    .map((index) => `.report-text::highlight(${themeSetName(index)}) { background-color: color-mix(in srgb, ${themes[index]?.color ?? '#cccccc'} 60%, transparent); color: inherit; }`)
    .join('\n');
}

/** True when a highlight is drawn where and as it was: same passage, same themes in the same order. */
function samePlacement(a: PlacedHighlight, b: PlacedHighlight): boolean {
  return a.start === b.start && a.end === b.end && a.themeIds.length === b.themeIds.length && a.themeIds.every((id, index) => id === b.themeIds[index]);
}

/** The registry of the page's named highlights, where the browser has one. */
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** Where the document's blocks start, and text offsets against document positions, for one document. */
interface DocumentGeometry {
  blockStarts: readonly number[];
  positions: TextPositions;
}

/** The plugin's view: paints the layer, lays out the coding stripes, answers hit tests. */
class HighlightLayerView {
  private ranges = new Map<string, Range>();
  private stripes: HTMLDivElement;
  private stripeFrame = 0;
  private resize: ResizeObserver;
  private painted: { state: HighlightLayerState; doc: EditorState['doc'] } | null = null;
  private themeNames: string[] = [];

  private scroller: HTMLElement | null = null;
  private onScroll = () => this.scheduleStripes(false);

  constructor(
    private view: EditorView,
    private blocks: readonly Block[],
    private geometry: () => DocumentGeometry,
  ) {
    this.stripes = document.createElement('div');
    this.stripes.className = 'coding-stripes';
    this.stripes.setAttribute('aria-hidden', 'true');
    view.dom.parentElement?.append(this.stripes);
    this.resize = new ResizeObserver(() => this.scheduleStripes(false));
    this.resize.observe(view.dom);
    layers.set(view, this);
    this.paint();
  }

  private positions(): TextPositions {
    return this.geometry().positions;
  }

  update(): void {
    this.paint();
  }

  destroy(): void {
    cancelAnimationFrame(this.stripeFrame);
    clearTimeout(this.stripeTimer);
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    this.stripes.remove();
    const highlights = registry();
    for (const name of [...this.themeNames, ACTIVE_SET, UNTAGGED_SET]) highlights?.delete(name);
    document.getElementById(STYLE_ID)?.remove();
    layers.delete(this.view);
  }

  /** The highlights under a point of the page, the shortest first. */
  hit(x: number, y: number): PlacedHighlight[] {
    const state = highlightLayerKey.getState(this.view.state);
    const found = this.view.posAtCoords({ left: x, top: y });
    if (!state || !found) return [];
    const offset = this.positions().offset(found.pos);
    const near = [...highlightsAt(state.highlights, offset), ...highlightsAt(state.highlights, offset - 1)];
    const under = near.filter((highlight, index) => near.indexOf(highlight) === index && this.covers(highlight.id, x, y));
    return under.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The highlight's place on screen (for a popover), or null when it is not drawn. */
  rect(id: string): DOMRect | null {
    const rects = this.ranges.get(id)?.getClientRects();
    return rects && rects.length > 0 ? (rects[rects.length - 1] as DOMRect) : null;
  }

  /** Scrolls the highlight's first line to the middle of the reader. */
  reveal(id: string): boolean {
    const range = this.ranges.get(id);
    const node = range?.startContainer;
    const element = node instanceof Element ? node : node?.parentElement;
    if (!element) return false;
    settleScroll(scrollingAncestor(element), () => element.scrollIntoView({ block: 'center' }));
    return true;
  }

  private covers(id: string, x: number, y: number): boolean {
    const rects = this.ranges.get(id)?.getClientRects() ?? [];
    for (const rect of rects) if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
    return false;
  }

  /**
   * Draws the layer's state. A new document, a new codebook or ranges lost to
   * a redraw repaint everything; otherwise only the highlights that were
   * added, moved, retagged or removed are touched, so tagging one passage
   * among a thousand costs one range, not a thousand.
   */
  private paint(): void {
    const state = highlightLayerKey.getState(this.view.state);
    if (!state) return;
    const { doc } = this.view.state;
    const previous = this.painted;
    const live = this.rangesLive();
    if (previous && previous.state === state && previous.doc === doc && live) return;
    const registered = registry();
    if (!registered) return;
    if (!previous || previous.doc !== doc || previous.state.themes !== state.themes || !live) this.paintAll(registered, state);
    else this.paintChanges(previous.state, state);
    this.painted = { state, doc };
    this.view.dom.dataset.highlights = String(this.ranges.size);
    this.scheduleStripes(true);
  }

  private sets: Highlight[] = [];
  private untagged = new Highlight();
  private active = new Highlight();
  private drawn = new Map<string, PlacedHighlight>();

  private paintAll(registered: HighlightRegistry, state: HighlightLayerState): void {
    this.themeIndex = new Map(state.themes.map((theme, index) => [theme.id, index]));
    for (const name of this.themeNames.slice(state.themes.length)) registered.delete(name);
    this.themeNames = state.themes.map((_, index) => themeSetName(index));
    this.sets = state.themes.map((_, index) => {
      const set = new Highlight();
      set.priority = index;
      registered.set(themeSetName(index), set);
      return set;
    });
    this.untagged = new Highlight();
    this.untagged.priority = -1;
    registered.set(UNTAGGED_SET, this.untagged);
    this.active = new Highlight();
    this.active.priority = state.themes.length + 1;
    registered.set(ACTIVE_SET, this.active);
    this.themes = state.themes;
    this.coloured = new Set();
    this.colorsStale = true;
    this.ranges = new Map();
    this.drawn = new Map();
    const positions = this.positions();
    for (const highlight of state.highlights) this.draw(positions, highlight);
    this.markActive(state.activeId);
    this.writeColors();
  }

  private themes: readonly Theme[] = [];
  /** The codebook places of the themes drawn so far, which have a colour rule. */
  private coloured = new Set<number>();
  private colorsStale = true;

  /** Writes the colour rules when a theme without one was drawn. */
  private writeColors(): void {
    if (!this.colorsStale) return;
    this.colorsStale = false;
    let style = document.getElementById(STYLE_ID);
    if (!style) {
      style = document.createElement('style');
      style.id = STYLE_ID;
      document.head.append(style);
    }
    const rules = colorRules(this.themes, this.coloured);
    if (style.textContent !== rules) style.textContent = rules;
  }

  private paintChanges(before: HighlightLayerState, after: HighlightLayerState): void {
    if (before.highlights !== after.highlights) {
      const next = new Map(after.highlights.map((highlight) => [highlight.id, highlight]));
      for (const [id, drawn] of this.drawn) {
        const now = next.get(id);
        if (!now || !samePlacement(now, drawn)) this.erase(id);
      }
      const positions = this.positions();
      for (const highlight of after.highlights) if (!this.drawn.has(highlight.id)) this.draw(positions, highlight);
    }
    this.markActive(after.activeId);
    this.writeColors();
  }

  private themeIndex = new Map<string, number>();

  /** Adds one highlight's range to the sets of its themes (or the untagged set). */
  private draw(positions: TextPositions, highlight: PlacedHighlight): void {
    const range = this.domRange(positions, highlight);
    if (!range) return;
    this.ranges.set(highlight.id, range);
    this.drawn.set(highlight.id, highlight);
    let tagged = false;
    for (const id of highlight.themeIds) {
      const index = this.themeIndex.get(id);
      if (index === undefined) continue;
      this.sets[index]?.add(range);
      tagged = true;
      if (!this.coloured.has(index)) {
        this.coloured.add(index);
        this.colorsStale = true;
      }
    }
    if (!tagged) this.untagged.add(range);
  }

  private erase(id: string): void {
    const range = this.ranges.get(id);
    if (range) {
      for (const set of this.sets) set.delete(range);
      this.untagged.delete(range);
      this.active.delete(range);
    }
    this.ranges.delete(id);
    this.drawn.delete(id);
  }

  private markActive(id: string | null): void {
    this.active.clear();
    const range = id ? this.ranges.get(id) : undefined;
    if (range) this.active.add(range);
  }

  /** False when the document's DOM was redrawn under the ranges (they collapse when their nodes go). */
  private rangesLive(): boolean {
    for (const range of this.ranges.values()) return !range.collapsed && this.view.dom.contains(range.startContainer);
    return true;
  }

  private domRange(positions: TextPositions, highlight: PlacedHighlight): Range | null {
    const from = positions.position(highlight.start, 1);
    const to = positions.position(highlight.end, -1);
    if (from === null || to === null || to <= from) return null;
    try {
      const start = this.view.domAtPos(from, 1);
      const end = this.view.domAtPos(to, -1);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range;
    } catch {
      return null; // a position the view cannot show (should not happen); the highlight stays listed in 批注
    }
  }

  private stripeTimer = 0;

  /**
   * Lays the stripes out at the next frame; `afterPaint` waits until that
   * frame has been painted, so a report opens without waiting for them.
   */
  private scheduleStripes(afterPaint: boolean): void {
    cancelAnimationFrame(this.stripeFrame);
    clearTimeout(this.stripeTimer);
    this.stripeFrame = requestAnimationFrame(() => {
      if (afterPaint) this.stripeTimer = window.setTimeout(() => this.layOutStripes(), 0);
      else this.layOutStripes();
    });
  }

  /**
   * Draws the stripes of the lines in and near the reader's viewport (a
   * screen above and below), so the cost follows what is on screen, not the
   * number of highlights: the visible blocks are found by a binary search over
   * their boxes, and only the highlights overlapping them are measured.
   */
  private layOutStripes(): void {
    const state = highlightLayerKey.getState(this.view.state);
    if (!state) return;
    if (!this.scroller) {
      this.scroller = scrollingAncestor(this.view.dom);
      this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    }
    const themeIndex = new Map(state.themes.map((theme, index) => [theme.id, index]));
    const used = [...new Set(state.highlights.flatMap((h) => h.themeIds.filter((id) => themeIndex.has(id))))].sort(
      (a, b) => (themeIndex.get(a) as number) - (themeIndex.get(b) as number),
    );
    const lanes = new Map(used.map((id, lane) => [id, lane]));
    this.stripes.style.width = `${Math.max(1, used.length) * 5}px`;
    const shown = this.visibleText();
    const boxes: StripeSegment[] = [];
    if (shown) {
      const origin = this.view.dom.getBoundingClientRect().top;
      for (const highlight of state.highlights) {
        if (highlight.start > shown.end) break;
        if (highlight.end < shown.start) continue;
        const range = this.ranges.get(highlight.id);
        if (!range) continue;
        const rects = [...range.getClientRects()].filter((rect) => rect.height > 0 && rect.bottom >= shown.top && rect.top <= shown.bottom);
        for (const id of highlight.themeIds) {
          const lane = lanes.get(id);
          if (lane === undefined) continue;
          for (const rect of rects) boxes.push({ lane, top: rect.top - origin, bottom: rect.bottom - origin });
        }
      }
    }
    const fragment = document.createDocumentFragment();
    for (const segment of mergeStripes(boxes)) {
      const stripe = document.createElement('div');
      stripe.className = 'coding-stripe';
      const theme = state.themes[themeIndex.get(used[segment.lane] as string) as number];
      stripe.style.cssText = `top:${segment.top}px;height:${segment.bottom - segment.top}px;right:${segment.lane * 5}px;background:${theme?.color ?? '#ccc'}`;
      stripe.title = theme?.name ?? '';
      fragment.append(stripe);
    }
    this.stripes.replaceChildren(fragment);
  }

  /**
   * The stretch of text in and near the viewport (a screen either side), as
   * text offsets, with its vertical bounds on screen; null when no block shows.
   */
  private visibleText(): { start: number; end: number; top: number; bottom: number } | null {
    const { blocks } = this;
    const { blockStarts } = this.geometry();
    const viewport = (this.scroller ?? document.documentElement).getBoundingClientRect();
    const top = viewport.top - viewport.height;
    const bottom = viewport.bottom + viewport.height;
    const box = (index: number): DOMRect | null => {
      const element = this.view.nodeDOM(blockStarts[index] as number);
      return element instanceof Element ? element.getBoundingClientRect() : null;
    };
    // The first block that ends below the top, and the last that starts above the bottom.
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      const rect = box(middle);
      if (rect && rect.bottom < top) low = middle + 1;
      else high = middle;
    }
    const first = low;
    high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const rect = box(middle);
      if (rect && rect.top > bottom) high = middle - 1;
      else low = middle;
    }
    const firstBlock = blocks[first];
    const lastBlock = blocks[low];
    if (!firstBlock || !lastBlock) return null;
    return { start: firstBlock.start, end: lastBlock.end, top, bottom };
  }
}

const layers = new WeakMap<EditorView, HighlightLayerView>();

/** The highlight layer drawn in `view`, for hit tests, popovers and jumps; null before it is set up. */
export function highlightLayerOf(view: EditorView): Pick<HighlightLayerView, 'hit' | 'rect' | 'reveal'> | null {
  return layers.get(view) ?? null;
}

/**
 * Draws one new highlight in `view` at once, as the open highlight, before
 * the library has stored it; the list the reader passes next (with it, once
 * stored) replaces the preview. `withdraw` takes the last preview away.
 */
export function highlightPreview(view: EditorView): { show(highlight: PlacedHighlight): void; withdraw(): void } {
  let shown: string | null = null;
  const current = () => highlightLayerKey.getState(view.state)?.highlights ?? [];
  return {
    show(highlight) {
      shown = highlight.id;
      const highlights = [...current().filter((h) => h.id !== highlight.id), highlight].sort((a, b) => a.start - b.start || b.end - a.end);
      view.dispatch(setHighlightLayer(view.state.tr, { highlights, activeId: highlight.id }));
    },
    withdraw() {
      if (shown === null) return;
      const id = shown;
      shown = null;
      view.dispatch(setHighlightLayer(view.state.tr, { highlights: current().filter((h) => h.id !== id), activeId: null }));
    },
  };
}

/** The layer for one report's document (its blocks give the text offsets). */
export function highlightLayerPlugin(blocks: readonly Block[], initial: HighlightLayerState): Plugin<HighlightLayerState> {
  let geometry: { doc: EditorState['doc']; value: DocumentGeometry } | null = null;
  return new Plugin<HighlightLayerState>({
    key: highlightLayerKey,
    state: {
      init: () => initial,
      apply(tr, value) {
        const change = tr.getMeta(highlightLayerKey) as Partial<HighlightLayerState> | undefined;
        // A change to what is already drawn keeps the state, so the layer does not repaint.
        if (!change || Object.entries(change).every(([key, now]) => value[key as keyof HighlightLayerState] === now)) return value;
        return { ...value, ...change };
      },
    },
    view: (view) =>
      new HighlightLayerView(view, blocks, () => {
        const { doc } = view.state;
        if (geometry?.doc !== doc) {
          const blockStarts = blockPositions(doc);
          geometry = { doc, value: { blockStarts, positions: new TextPositions(blocks, blockStarts) } };
        }
        return geometry.value;
      }),
  });
}
