/**
 * mammoth's HTML → source lines. mammoth writes a small, regular HTML (no
 * whitespace between tags, no scripts, no styles): paragraphs, headings,
 * lists, tables, footnotes. This walks it with htmlparser2 (which decodes the
 * entities) and keeps only text: links become their text, images are counted
 * and dropped, line breaks split lines.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { SourceLine } from '../source-document';

/** What the HTML gives: its lines in reading order and how many images were dropped. */
export interface DocxHtmlLines {
  lines: SourceLine[];
  images: number;
}

/** The structure a line inherits from the block around it. */
type LineRole = Pick<SourceLine, 'role' | 'level'>;

/** Elements that start and end a line (a table row is handled on its own). */
const BLOCK_TAGS = new Set([
  'p', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'div', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** A footnote or endnote in mammoth's notes list (`<li id="footnote-3">`). */
const NOTE_ID = /(?:^|-)(?:footnote|endnote)-[^-]+$/;
/** A note's "↑" link back to its reference. */
const BACK_LINK = /^#(?:.*-)?(?:footnote|endnote)-ref-/;

/**
 * Table cells are joined with a tab: running text has one only where Word has
 * a tab stop, while the ideographic space (U+3000) is everywhere in reports'
 * indents and spacing, so a tab keeps a row splittable back into cells.
 * Paragraphs inside one cell are joined with a space.
 */
export const DOCX_CELL_SEPARATOR = '\t';

function headingRole(element: Element): LineRole | null {
  const match = /^h([1-6])$/.exec(element.name);
  if (match === null) return null;
  const classes = (element.attribs['class'] ?? '').split(/\s+/);
  if (element.name === 'h1' && classes.includes('title')) return { role: 'title' };
  return { role: 'heading', level: Number(match[1]) };
}

/** Walks one subtree, flushing text into lines at block boundaries and `<br>`. */
class LineWalker {
  readonly lines: SourceLine[] = [];
  private buffer = '';
  private pendingPrefix = '';

  constructor(private readonly counts: { images: number; notes: number }) {}

  walk(nodes: readonly ChildNode[], role: LineRole): void {
    for (const node of nodes) {
      if (isText(node)) {
        this.buffer += node.data.replace(/[\r\n]+/g, ' ');
      } else if (isTag(node)) {
        this.element(node, role);
      }
    }
  }

  flush(role: LineRole): void {
    const text = this.buffer.trim();
    this.buffer = '';
    if (text === '') return;
    const line: SourceLine = { text: this.pendingPrefix + text };
    this.pendingPrefix = '';
    if (role.role !== undefined) line.role = role.role;
    if (role.level !== undefined) line.level = role.level;
    this.lines.push(line);
  }

  private element(element: Element, role: LineRole): void {
    const name = element.name;
    if (name === 'img') {
      this.counts.images++;
    } else if (name === 'br') {
      this.flush(role);
    } else if (name === 'a' && BACK_LINK.test(element.attribs['href'] ?? '')) {
      // The "↑" back to a note's reference: navigation, not text.
    } else if (name === 'tr') {
      this.flush(role);
      this.row(element);
    } else if (BLOCK_TAGS.has(name)) {
      this.flush(role);
      const inner = headingRole(element) ?? {};
      const note = name === 'li' && NOTE_ID.test(element.attribs['id'] ?? '');
      if (note) this.pendingPrefix = `[${++this.counts.notes}] `;
      this.walk(element.children, inner);
      this.flush(inner);
      if (note) this.pendingPrefix = '';
    } else {
      this.walk(element.children, role); // inline: strong, em, sup, a, span…
    }
  }

  /** A table row: one line, its cells' text joined by the cell separator. */
  private row(row: Element): void {
    const cells: string[] = [];
    for (const cell of row.children) {
      if (!isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const walker = new LineWalker(this.counts);
      walker.walk(cell.children, {});
      walker.flush({});
      cells.push(walker.lines.map((line) => line.text).join(' '));
    }
    const text = cells.join(DOCX_CELL_SEPARATOR).trim();
    if (text !== '') this.lines.push({ text });
  }
}

/**
 * The lines of mammoth's HTML, trimmed, empty ones skipped. `<h1
 * class="title">` gives role 'title'; `<hN>` role 'heading' with level N;
 * everything else no role. Each `<p>`, `<li>` and heading is a line, and each
 * `<br>` inside one starts another with the same role (a title broken over two
 * lines gives two title lines). A table row is one line, cells joined by
 * `DOCX_CELL_SEPARATOR`, merged cells appearing once, empty rows skipped; an
 * empty first or last cell vanishes with the trimming. Footnotes and endnotes
 * (mammoth lists them at the end) start with the `[N]` their reference shows
 * in the text. Images are counted, not kept; link targets are dropped.
 */
export function docxHtmlLines(html: string): DocxHtmlLines {
  const dom = parseDocument(html);
  const counts = { images: 0, notes: 0 };
  const walker = new LineWalker(counts);
  walker.walk(dom.children, {});
  walker.flush({});
  return { lines: walker.lines, images: counts.images };
}
