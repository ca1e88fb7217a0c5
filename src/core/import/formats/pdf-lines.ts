/**
 * A PDF's text layer → source lines: the geometry half of the pdf reader,
 * pure and free of pdfjs (pdf.ts feeds it pdfjs's text items). A PDF has no
 * lines or paragraphs, only runs of glyphs placed on pages; this rebuilds the
 * visual lines in reading order and says which of them run on:
 *
 * 1. Each page's items are turned into its reading frame (the direction most
 *    of its text runs in; a page drawn sideways is read sideways). Text in
 *    another direction — a vertical note in the margin, a diagonal
 *    watermark — is set aside as dropped `rotated-text`.
 * 2. Items are grouped into lines by baseline (a tolerance of 0.4 em keeps
 *    superscripts on their line), ordered left to right and joined: nothing
 *    between CJK characters (pdfjs's spaces in letter-spaced CJK are taken
 *    out too), nothing between CJK and Latin unless the gap is wide, one
 *    space between Latin words or across a wide gap (a table's columns,
 *    `镇长  林晓明`). Radicals a text layer gives for ideographs of the same
 *    shape (`⻘⽯县`) are folded back (pdf-radicals.ts); an item drawn twice
 *    in place (fake bold) is read once.
 * 3. Running headers and footers — among the first or last three lines of a
 *    page and within 12% of its top or bottom edge, a line whose text, digits
 *    aside, recurs so on at least half the pages (and on 3 pages at least, or
 *    both of a 2-page file) — and page numbers (`- 3 -`, `3`, `第3页`,
 *    `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`; first or last two lines, any
 *    page) are dropped, kept in `dropped` with the index of the line they
 *    stood before.
 * 4. A line `continues` when the next line's first word (a character, in
 *    CJK) would not have fit after it before the page's right margin, and the
 *    next line is not indented, not in another font size and not after a
 *    paragraph's gap. Margins are found per page (mirrored margins differ),
 *    from the pages of the same parity when a page has few lines. Where in
 *    doubt a line does not continue: the report parser then judges by the
 *    text.
 *
 * Limits: one column per page (two columns side by side are read across as
 * one line); a table's rows are read as lines, cells joined by a space;
 * vertical (top-to-bottom) CJK writing is read as if it were horizontal; a
 * centered title that wraps is two lines that do not continue; ragged-right
 * Latin set with optimal (Knuth–Plass) breaking continues less often than it
 * could.
 */
import type { DroppedLine, SourceLine } from '../source-document';
import { foldRadicals } from './pdf-radicals';

/** One piece of a page's text layer, shaped like pdfjs's `TextItem`. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text's matrix in page space; (e, f) starts the baseline. */
  transform: readonly number[];
  /** Advance along the baseline, in page units. */
  width: number;
  /** Font height in page units (pdfjs gives 0 for its inserted spaces). */
  height: number;
  hasEOL?: boolean;
  fontName?: string;
}

/** One page's text layer. */
export interface PdfPageText {
  /** The page box [x0, y0, x1, y1] in page units (pdfjs's `page.view`). */
  view: readonly number[];
  items: readonly PdfTextItem[];
}

/** The pages as source lines. */
export interface PdfLayout {
  lines: SourceLine[];
  dropped: DroppedLine[];
  /** 1-based numbers of the pages without any text (scans, blank pages). */
  emptyPages: number[];
  /** Plain-English notes for the analyst (rotated text set aside). */
  warnings: string[];
}

/** Why a line was dropped. */
export type PdfDropReason = 'running-header' | 'running-footer' | 'page-number' | 'rotated-text';

/** Baselines closer than this (in ems of the larger font) are one line: keeps super- and subscripts on their line. */
const SAME_LINE = 0.4;
/** Within a line, a gap this wide (ems) between Latin text is a space. */
const LATIN_SPACE = 0.12;
/** A gap this wide (ems) between CJK and Latin is a space (Word's autospace, ~0.25 em, is not). */
const MIXED_SPACE = 0.6;
/** A gap this wide (ems) between CJK characters is a space (a table's columns, `镇长  林晓明`). */
const CJK_SPACE = 0.9;
/** The top and bottom bands, as a share of the page's height, where running headers and footers stand. */
const CHROME_BAND = 0.12;
/** How many lines at each end of a page are looked at as headers and footers. */
const CHROME_LINES = 3;
/** How many lines at each end of a page may be a page number. */
const PAGE_NUMBER_LINES = 2;
/** Two lines whose right ends are this close (ems) share a margin. */
const MARGIN_TOLERANCE = 1;
/** Two lines starting this close (ems) share a left margin. */
const SAME_START = 0.3;
/** A line starting this far (ems) right of the left margin is indented. */
const INDENT = 0.9;
/** How far short (ems) of the room the next word needs a line may stop and still be full. */
const FULL_SLACK = 0.25;
/** Font sizes differing by more than this share are different blocks. */
const SIZE_CHANGE = 0.2;
/** A baseline gap this many times the usual line pitch is a paragraph break. */
const PARAGRAPH_GAP = 1.6;
/** A right margin must lie this far across the page (a share of its width): lines of a page of short lines never run on. */
const MIN_MEASURE = 0.6;
/** A page needs this many lines agreeing on an edge to set its own margins. */
const MIN_LINES_FOR_PAGE_MARGIN = 4;

/**
 * CJK text: Han, kana, Hangul, Bopomofo, CJK punctuation and full-width forms.
 * Between two of these no space is written.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;

/** A dash-like mark around a page number: `- 3 -`, `— 3 —`, `－3－`, `·3·`. */
const DASH = '[-‐‑‒–—―－~～·•]';
const DIGITS = '[0-9０-９]{1,4}';
const HAN_DIGITS = '[一二三四五六七八九十百零〇]{1,4}';
/** Lines that are only a page number. */
const PAGE_NUMBER = [
  new RegExp(`^(?:${DASH}\\s*)*${DIGITS}(?:\\s*${DASH})*$`, 'u'),
  new RegExp(`^第\\s*(?:${DIGITS}|${HAN_DIGITS})\\s*页(?:\\s*[,，/／]?\\s*共\\s*(?:${DIGITS}|${HAN_DIGITS})\\s*页)?$`, 'u'),
  new RegExp(`^共\\s*${DIGITS}\\s*页\\s*[,，/／]?\\s*第\\s*${DIGITS}\\s*页$`, 'u'),
  new RegExp(`^${DIGITS}\\s*[/／]\\s*${DIGITS}$`, 'u'),
  new RegExp(`^(?:page|p\\.)\\s*${DIGITS}(?:\\s*(?:of|/)\\s*${DIGITS})?$`, 'iu'),
];

/** Whether a line (trimmed) is nothing but a page number. */
export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/** A line's text with digits folded and spaces removed, so `- 3 -` and `- 4 -` compare equal. */
export function chromeKey(text: string): string {
  return text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, '').toLowerCase();
}

/** A text item placed in its page's reading frame (y up, text running towards +x). */
interface Fragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A rebuilt visual line, in its page's reading frame. */
interface Line {
  page: number;
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
  /** Width of the first word (one character for CJK), for the wrap test. */
  firstWord: number;
  /** Whether the text starts or ends with CJK. */
  cjkStart: boolean;
  cjkEnd: boolean;
}

/** A page's lines in reading order, with the frame's box. */
interface PageLines {
  page: number;
  lines: Line[];
  /** Lines in other directions, set aside. */
  rotated: Line[];
  top: number;
  bottom: number;
  height: number;
  /** The page box's left and right edges in the frame. */
  left: number;
  right: number;
}

/** What a page's line is: kept, or dropped and why. */
type Verdict = { keep: true } | { keep: false; reason: PdfDropReason };

/**
 * Rebuilds the pages' lines in reading order, drops running headers,
 * footers and page numbers, and marks the lines that continue on the next.
 */
export function layoutPdfPages(pages: readonly PdfPageText[]): PdfLayout {
  const pageLines = pages.map((page, i) => readPage(page, i + 1));
  const verdicts = judgeChrome(pageLines);
  const kept = pageLines.map((p, i) => p.lines.filter((_, j) => verdicts[i]?.[j]?.keep !== false));
  const continues = continuations(pageLines, kept);

  const lines: SourceLine[] = [];
  const dropped: DroppedLine[] = [];
  let rotated = 0;
  pageLines.forEach((p, i) => {
    p.lines.forEach((line, j) => {
      const verdict = verdicts[i]?.[j] ?? { keep: true };
      if (verdict.keep) {
        lines.push({ text: line.text, page: line.page, continues: continues.get(line) ?? false });
      } else {
        dropped.push({ text: line.text, reason: verdict.reason, before: lines.length });
      }
    });
    for (const line of p.rotated) {
      dropped.push({ text: line.text, reason: 'rotated-text', before: lines.length });
      rotated++;
    }
  });

  const warnings: string[] = [];
  if (rotated > 0) warnings.push(`${rotated} ${rotated === 1 ? 'line' : 'lines'} of rotated text (margin notes, watermarks) set aside`);
  const emptyPages = pageLines.filter((p) => p.lines.length === 0 && p.rotated.length === 0).map((p) => p.page);
  return { lines, dropped, emptyPages, warnings };
}

// ---------------------------------------------------------------------------
// 1–2. A page's items → lines

/**
 * The direction of an item's baseline in whole degrees, counter-clockwise
 * from +x: a multiple of 90 when within 3° of one.
 */
function directionOf(item: PdfTextItem): number {
  const [a = 1, b = 0] = item.transform;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const quadrant = Math.round(degrees / 90) * 90;
  const snapped = Math.abs(degrees - quadrant) <= 3 ? quadrant : Math.round(degrees);
  return ((snapped % 360) + 360) % 360;
}

/** The font size of an item: the length of its matrix's vertical vector, else its height. */
function sizeOf(item: PdfTextItem): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
  return size > 0 ? size : 1;
}

/** Turns a point of page space into the frame of text running at `degrees` (y up, text towards +x). */
function toFrame(x: number, y: number, degrees: number): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  const square = degrees % 90 === 0;
  const cos = square ? Math.round(Math.cos(radians)) : Math.cos(radians);
  const sin = square ? Math.round(Math.sin(radians)) : Math.sin(radians);
  return [x * cos + y * sin, -x * sin + y * cos];
}

/** Reads one page: its lines in the main direction, lines in other directions set aside. */
function readPage(page: PdfPageText, number: number): PageLines {
  const byDirection = new Map<number, PdfTextItem[]>();
  const weight = new Map<number, number>();
  for (const item of page.items) {
    if (item.str.trim() === '') continue;
    const direction = directionOf(item);
    const items = byDirection.get(direction);
    if (items) items.push(item);
    else byDirection.set(direction, [item]);
    weight.set(direction, (weight.get(direction) ?? 0) + item.str.length);
  }
  let main = 0;
  let best = -1;
  for (const [direction, w] of weight) {
    if (w > best || (w === best && direction === 0)) [main, best] = [direction, w];
  }

  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const corners = [toFrame(x0, y0, main), toFrame(x0, y1, main), toFrame(x1, y0, main), toFrame(x1, y1, main)];
  const top = Math.max(...corners.map(([, y]) => y));
  const bottom = Math.min(...corners.map(([, y]) => y));
  const left = Math.min(...corners.map(([x]) => x));
  const right = Math.max(...corners.map(([x]) => x));

  const lines = buildLines(byDirection.get(main) ?? [], main, number);
  const rotated: Line[] = [];
  for (const [direction, items] of byDirection) {
    if (direction !== main) rotated.push(...buildLines(items, direction, number));
  }
  return { page: number, lines, rotated, top, bottom, height: top - bottom, left, right };
}

/** Groups items of one direction into lines, top to bottom. */
function buildLines(items: readonly PdfTextItem[], degrees: number, page: number): Line[] {
  const fragments: Fragment[] = [];
  for (const item of items) {
    const [, , , , e = 0, f = 0] = item.transform;
    const [x, y] = toFrame(e, f, degrees);
    const text = tidyText(item.str);
    if (text === '') continue;
    fragments.push({ text, x, y, width: Math.abs(item.width), size: sizeOf(item) });
  }
  fragments.sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: { fragments: Fragment[]; baseline: number; size: number }[] = [];
  for (const fragment of fragments) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(fragment.y - current.baseline) <= SAME_LINE * Math.max(fragment.size, current.size)) {
      current.fragments.push(fragment);
      if (fragment.size > current.size) [current.baseline, current.size] = [fragment.y, fragment.size];
    } else {
      groups.push({ fragments: [fragment], baseline: fragment.y, size: fragment.size });
    }
  }
  return groups.flatMap((group) => {
    const line = joinFragments(dedupe(group.fragments.sort((a, b) => a.x - b.x)), group.baseline, page);
    return line ? [line] : [];
  });
}

/**
 * An item's text with radicals folded to ideographs (see pdf-radicals.ts),
 * whitespace runs folded to one space, and the spaces pdfjs writes into
 * narrow gaps next to CJK taken out (`各 位 代 表`, `2023 年`): Chinese puts
 * no spaces there.
 */
function tidyText(str: string): string {
  const folded = foldRadicals(str).replace(/\s+/gu, ' ').trim();
  let out = '';
  const chars = Array.from(folded);
  chars.forEach((char, i) => {
    if (char === ' ') {
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      if (CJK.test(before) || CJK.test(after)) return;
    }
    out += char;
  });
  return out;
}

/** Drops an item drawn twice in the same place (fake bold, a shadow). */
function dedupe(fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const fragment of fragments) {
    const twin = out.some(
      (f) => f.text === fragment.text && Math.abs(f.x - fragment.x) <= 0.15 * f.size && Math.abs(f.y - fragment.y) <= 0.15 * f.size,
    );
    if (!twin) out.push(fragment);
  }
  return out;
}

/** Whether to put a space between two pieces of a line `gap` apart. */
function separator(before: string, after: string, gap: number, size: number): string {
  const cjkBefore = CJK.test(before);
  const cjkAfter = CJK.test(after);
  const ems = gap / size;
  if (cjkBefore && cjkAfter) return ems >= CJK_SPACE ? ' ' : '';
  if (cjkBefore || cjkAfter) return ems >= MIXED_SPACE ? ' ' : '';
  return ems >= LATIN_SPACE ? ' ' : '';
}

/** Joins a line's fragments, left to right, into one line. */
function joinFragments(fragments: readonly Fragment[], baseline: number, page: number): Line | null {
  const first = fragments[0];
  if (!first) return null;
  let text = first.text;
  let end = first.x + first.width;
  let right = end;
  const sizes = new Map<number, number>();
  for (const fragment of fragments) {
    const key = Math.round(fragment.size * 10) / 10;
    sizes.set(key, (sizes.get(key) ?? 0) + fragment.text.length);
  }
  for (const fragment of fragments.slice(1)) {
    const size = Math.max(fragment.size, 1);
    text += separator(text.at(-1) ?? '', fragment.text[0] ?? '', fragment.x - end, size) + fragment.text;
    end = Math.max(end, fragment.x + fragment.width);
    right = Math.max(right, end);
  }
  let size = first.size;
  let most = -1;
  for (const [s, count] of sizes) if (count > most) [size, most] = [s, count];

  const firstChar = Array.from(first.text)[0] ?? '';
  const cjkStart = CJK.test(firstChar);
  const word = cjkStart ? firstChar : (/^[^\s\p{Script=Han}]+/u.exec(first.text)?.[0] ?? firstChar);
  const firstWord = first.text.length > 0 ? (first.width * word.length) / first.text.length : 0;
  return {
    page,
    text,
    left: first.x,
    right,
    baseline,
    size,
    firstWord,
    cjkStart,
    cjkEnd: CJK.test(text.at(-1) ?? ''),
  };
}

// ---------------------------------------------------------------------------
// 3. Running headers, footers and page numbers

/** Page numbers and repeated lines at the top and bottom of pages. */
function judgeChrome(pages: readonly PageLines[]): Verdict[][] {
  const candidates = pages.map((p) => {
    const bandTop = p.top - CHROME_BAND * p.height;
    const bandBottom = p.bottom + CHROME_BAND * p.height;
    const n = p.lines.length;
    return p.lines.map((line, j) => {
      const fromTop = j;
      const fromBottom = n - 1 - j;
      const inTop = fromTop < CHROME_LINES && line.baseline >= bandTop;
      const inBottom = fromBottom < CHROME_LINES && line.baseline <= bandBottom;
      const band: 'top' | 'bottom' | null = inTop ? 'top' : inBottom ? 'bottom' : null;
      const edge = inTop ? fromTop : fromBottom;
      return { band, edge };
    });
  });

  const pagesWithText = pages.filter((p) => p.lines.length > 0).length;
  const needed = pagesWithText >= 3 ? Math.max(3, Math.ceil(pagesWithText / 2)) : pagesWithText === 2 ? 2 : Number.POSITIVE_INFINITY;
  const seen = new Map<string, Set<number>>();
  pages.forEach((p, i) => {
    p.lines.forEach((line, j) => {
      const band = candidates[i]?.[j]?.band;
      if (!band) return;
      const key = `${band}:${chromeKey(line.text)}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(p.page));
    });
  });

  return pages.map((p, i) =>
    p.lines.map((line, j): Verdict => {
      const candidate = candidates[i]?.[j];
      if (!candidate?.band) return { keep: true };
      if (candidate.edge < PAGE_NUMBER_LINES && isPageNumberLine(line.text)) return { keep: false, reason: 'page-number' };
      const pagesSeen = seen.get(`${candidate.band}:${chromeKey(line.text)}`)?.size ?? 0;
      if (pagesSeen >= needed) return { keep: false, reason: candidate.band === 'top' ? 'running-header' : 'running-footer' };
      return { keep: true };
    }),
  );
}

// ---------------------------------------------------------------------------
// 4. Margins and continuation

/** The median of some numbers, or null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The right margin: the rightmost line end that another line comes within a
 * tolerance of. One line sticking out alone (a long address) does not move
 * it. Null when no two lines agree.
 */
function rightMargin(lines: readonly Line[]): number | null {
  return sharedEdge(lines.map((l) => ({ at: l.right, size: l.size })), MARGIN_TOLERANCE);
}

/** The left margin: the leftmost line start another line shares (within a little). Null when none. */
function leftMargin(lines: readonly Line[]): number | null {
  const edge = sharedEdge(lines.map((l) => ({ at: -l.left, size: l.size })), SAME_START);
  return edge === null ? null : -edge;
}

/** The greatest edge another edge comes within `tolerance` ems below. */
function sharedEdge(edges: readonly { at: number; size: number }[], tolerance: number): number | null {
  const sorted = [...edges].sort((a, b) => b.at - a.at);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const edge = sorted[i];
    const below = sorted[i + 1];
    if (edge && below && edge.at - below.at <= tolerance * edge.size) return edge.at;
  }
  return null;
}

/**
 * Each page's margins: those of its own lines (when it has enough to tell),
 * else of the pages of its parity (mirrored margins), else of all pages. The
 * right margin is the outermost of the page's own and its parity's; one short
 * of `MIN_MEASURE` of the page is no margin (a page of short lines), and
 * nothing on such a page runs on.
 */
function margins(pages: readonly PageLines[], kept: readonly Line[][]): { left: (number | null)[]; right: (number | null)[] } {
  const parity = [0, 1].map((p) => kept.filter((_, i) => i % 2 === p).flat());
  const all = kept.flat();
  const parityRight = parity.map(rightMargin);
  const parityLeft = parity.map(leftMargin);
  const allRight = rightMargin(all);
  const allLeft = leftMargin(all);
  const right = kept.map((lines, i) => {
    const own = lines.length >= MIN_LINES_FOR_PAGE_MARGIN ? rightMargin(lines) : null;
    const estimates = [own, parityRight[i % 2] ?? null].filter((e) => e !== null);
    const edge = estimates.length > 0 ? Math.max(...estimates) : allRight;
    const box = pages[i];
    return edge !== null && box && edge >= box.left + MIN_MEASURE * (box.right - box.left) ? edge : null;
  });
  const left = kept.map((lines, i) => {
    const own = lines.length >= MIN_LINES_FOR_PAGE_MARGIN ? leftMargin(lines) : null;
    return own ?? parityLeft[i % 2] ?? allLeft;
  });
  return { left, right };
}

/** Whether each kept line runs on into the next kept line. */
function continuations(pages: readonly PageLines[], kept: readonly Line[][]): Map<Line, boolean> {
  const { left, right } = margins(pages, kept);
  const pitches: number[] = [];
  for (const lines of kept) {
    for (let j = 1; j < lines.length; j++) {
      const a = lines[j - 1];
      const b = lines[j];
      if (a && b) pitches.push(a.baseline - b.baseline);
    }
  }
  const pitch = median(pitches.filter((p) => p > 0));

  const sequence = kept.flatMap((lines, i) => lines.map((line) => ({ line, page: i })));
  const result = new Map<Line, boolean>();
  sequence.forEach(({ line, page }, k) => {
    const next = sequence[k + 1];
    result.set(line, next !== undefined && runsOn(line, page, next.line, next.page));
  });
  return result;

  function runsOn(line: Line, page: number, next: Line, nextPage: number): boolean {
    const margin = right[page];
    const nextLeft = left[nextPage];
    if (margin === null || margin === undefined) return false;
    // The room the next line's first word needed: a word and a space for Latin, a character for CJK.
    const space = line.cjkEnd || next.cjkStart ? 0 : 0.28 * next.size;
    if (line.right + space + next.firstWord < margin - FULL_SLACK * line.size) return false;
    if (Math.abs(next.size - line.size) > SIZE_CHANGE * Math.max(next.size, line.size)) return false;
    // The next line is indented: from the margin, or from this line (a wrapped line stands at the margin).
    const from = Math.min(line.left, nextLeft ?? Number.POSITIVE_INFINITY);
    if (next.left > from + INDENT * next.size) return false;
    if (page === nextPage && pitch !== null && line.baseline - next.baseline > PARAGRAPH_GAP * pitch) return false;
    return true;
  }
}
