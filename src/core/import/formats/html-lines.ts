/**
 * A parsed page → its lines, in document order, each sent where it belongs:
 * the main content's lines are the report; the title element's lines may
 * become its title; removed chrome and everything else outside the content
 * become dropped lines. Blocks start and end lines, `<br>` splits them,
 * inline elements run together, a data table's row is one line of cells.
 */
import type { Element, ParentNode, Text } from 'domhandler';
import { hasTitleHint, type ChromeReason } from './html-class-hints';
import { inlineText, type InlinePiece } from './html-inline-text';
import { isLayoutTable, tableOf } from './html-layout-table';
import { headingTagLevel, isBlockElement, isEmbedElement, isImageElement, isSilentElement } from './html-tags';
import { walkHtml } from './html-walk';

/** Table cells are joined with a tab, as the docx reader does, so a row can be split back into cells. */
export const HTML_CELL_SEPARATOR = '\t';

/** One line of the page and where it goes. */
export type HtmlLine =
  | {
      kind: 'content';
      text: string;
      /** The `<hN>` it stands in, if any. */
      heading: number | null;
      /** True when it stands in an element named as a title (`class="title"`, `id="lblTitle"`). */
      titled: boolean;
    }
  | { kind: 'title'; text: string }
  | { kind: 'dropped'; text: string; reason: ChromeReason | 'outside-content' };

/** What the walk needs to know about the page. */
export interface HtmlLinePlan {
  /** The main content; null reads the whole page as content. */
  container: Element | null;
  /** Chrome to drop, with why. */
  chrome: ReadonlyMap<Element, ChromeReason>;
  /** The element outside the content that shows the title, if any. */
  titleElement: Element | null;
}

/** The page's lines, and what was left out of the content's text. */
export interface HtmlLines {
  lines: HtmlLine[];
  /** Pictures (`<img>`, `<svg>`, `<canvas>`, `<picture>`) in the content or title. */
  images: number;
  /** Frames, objects and media players in the content or title. */
  embeds: number;
}

/** A data-table row being read: its cells so far and the cell open now. */
interface Row {
  element: Element;
  cells: string[];
  cell: InlinePiece[] | null;
}

/** Where lines go while inside one element: the content, the title, chrome, or elsewhere. */
interface Sink {
  kind: 'content' | 'title' | 'dropped';
  reason: ChromeReason | 'outside-content';
  pieces: InlinePiece[];
  /** The heading the current line stands in. */
  heading: number | null;
  /** Whether the current line stands in a title-named element. */
  titled: boolean;
  row: Row | null;
}

/** What entering an element did, to undo on leaving it. */
interface Frame {
  sink: boolean;
  block: boolean;
  heading: boolean;
  pre: boolean;
  row: boolean;
  cell: boolean;
  titled: boolean;
}

/** Walks the page once, keeping the state of the line being read. */
class LineWalk {
  readonly out: HtmlLines = { lines: [], images: 0, embeds: 0 };
  private readonly sinks: Sink[];
  private readonly frames: Frame[] = [];
  private readonly headings: number[] = [];
  private pre = 0;
  private titled = 0;

  constructor(private readonly plan: HtmlLinePlan) {
    this.sinks = [this.sink(plan.container === null ? 'content' : 'dropped', 'outside-content')];
  }

  private sink(kind: Sink['kind'], reason: Sink['reason']): Sink {
    return { kind, reason, pieces: [], heading: null, titled: false, row: null };
  }

  private get top(): Sink {
    return this.sinks[this.sinks.length - 1]!;
  }

  /** Adds text to the open cell or line. */
  private add(text: string, pre: boolean): void {
    const top = this.top;
    if (top.row?.cell) {
      top.row.cell.push({ text, pre });
      return;
    }
    if (top.pieces.length === 0) {
      top.heading = this.headings[this.headings.length - 1] ?? null;
      top.titled = this.titled > 0;
    }
    top.pieces.push({ text, pre });
  }

  /** Ends the line being read (in a data cell, only a space: a row is one line). */
  private lineBreak(): void {
    const top = this.top;
    if (top.row?.cell) top.row.cell.push({ text: ' ', pre: false });
    else this.flush(top);
  }

  private flush(sink: Sink): void {
    const text = inlineText(sink.pieces);
    sink.pieces = [];
    if (text !== '') this.emit(sink, text, sink.heading, sink.titled);
  }

  private emit(sink: Sink, text: string, heading: number | null, titled: boolean): void {
    if (sink.kind === 'content') this.out.lines.push({ kind: 'content', text, heading, titled });
    else if (sink.kind === 'title') this.out.lines.push({ kind: 'title', text });
    else this.out.lines.push({ kind: 'dropped', text, reason: sink.reason });
  }

  /** True when the element's text counts as the content's or title's (for image counts). */
  private get reading(): boolean {
    return this.top.kind !== 'dropped';
  }

  enter(element: Element): boolean {
    if (isSilentElement(element)) {
      if (this.reading && isImageElement(element)) this.out.images += 1;
      if (this.reading && isEmbedElement(element)) this.out.embeds += 1;
      return false;
    }
    if (element.name === 'br' || element.name === 'wbr') {
      if (element.name === 'br') {
        if (this.headings.length > 0 && !this.top.row?.cell) this.add('\n', false);
        else this.lineBreak();
      }
      return false;
    }
    const frame: Frame = { sink: false, block: isBlockElement(element), heading: false, pre: false, row: false, cell: false, titled: hasTitleHint(element) };
    if (frame.titled) this.titled += 1;
    const reason = this.plan.chrome.get(element);
    const kind = reason !== undefined ? 'dropped' : element === this.plan.container ? 'content' : element === this.plan.titleElement ? 'title' : null;
    if (kind !== null) {
      if (frame.block) this.lineBreak();
      this.sinks.push(this.sink(kind, reason ?? 'outside-content'));
      frame.sink = true;
    }
    const level = headingTagLevel(element);
    if (level !== null) {
      this.headings.push(level);
      frame.heading = true;
    }
    if (element.name === 'pre' || element.name === 'listing' || element.name === 'plaintext' || element.name === 'xmp') {
      this.pre += 1;
      frame.pre = true;
    }
    const top = this.top;
    if (element.name === 'tr' && !top.row && isDataTable(element)) {
      this.flush(top);
      top.row = { element, cells: [], cell: null };
      frame.row = true;
      frame.block = false;
    } else if ((element.name === 'td' || element.name === 'th') && top.row && !top.row.cell && element.parent === top.row.element) {
      top.row.cell = [];
      frame.cell = true;
      frame.block = false;
    } else if (frame.block && !frame.sink) {
      this.lineBreak();
    }
    this.frames.push(frame);
    return true;
  }

  text(node: Text): void {
    if (this.pre === 0) {
      this.add(node.data, false);
      return;
    }
    const parts = node.data.split(/\r\n?|\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.lineBreak();
      if (part !== '') this.add(part, true);
    });
  }

  exit(): void {
    const frame = this.frames.pop()!;
    const top = this.top;
    if (frame.cell && top.row?.cell) {
      top.row.cells.push(inlineText(top.row.cell));
      top.row.cell = null;
    } else if (frame.row && top.row) {
      const cells = top.row.cells;
      top.row = null;
      if (cells.some((cell) => cell !== '')) this.emit(top, cells.join(HTML_CELL_SEPARATOR).trim(), null, false);
    } else if (frame.block && !frame.sink) {
      this.lineBreak();
    }
    if (frame.pre) this.pre -= 1;
    if (frame.titled) this.titled -= 1;
    if (frame.heading) this.headings.pop();
    if (frame.sink) {
      const sink = this.sinks.pop()!;
      this.flush(sink);
    }
  }

  finish(): HtmlLines {
    for (const sink of this.sinks) this.flush(sink);
    return this.out;
  }
}

/** True for a row of a data table (not a layout table). */
function isDataTable(row: Element): boolean {
  const table = tableOf(row);
  return table !== null && !isLayoutTable(table);
}

/**
 * Reads the page under `root` into lines, in document order, by the plan:
 * lines inside `container` are content (with the `<hN>` each stands in),
 * lines of `titleElement` are title lines, lines of chrome elements are
 * dropped with the chrome's reason, and all other lines are dropped as
 * 'outside-content'. Silent elements (scripts, styles, images, frames,
 * form controls) give no text; images and frames in the content are counted.
 */
export function collectHtmlLines(root: ParentNode, plan: HtmlLinePlan): HtmlLines {
  const walk = new LineWalk(plan);
  walkHtml(root, {
    enter: (element) => walk.enter(element),
    text: (node) => walk.text(node),
    exit: () => walk.exit(),
  });
  return walk.finish();
}
