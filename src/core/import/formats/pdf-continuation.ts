/**
 * Lines that run on, step 4 of the pdf layout (see pdf-layout.ts).
 *
 * A line continues when the next line's first word (a character, in CJK)
 * would not have fit after it before the page's right margin, and the next
 * line is not indented, not in another font size and not after a
 * paragraph's gap. Margins are found per page (mirrored margins differ),
 * from the pages of the same parity when a page has few lines. Where in
 * doubt a line does not continue: the report parser then judges by the text.
 */
import type { PdfLine, PdfPageLines } from './pdf-page-lines';

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
function rightMargin(lines: readonly PdfLine[]): number | null {
  return sharedEdge(lines.map((l) => ({ at: l.right, size: l.size })), MARGIN_TOLERANCE);
}

/** The left margin: the leftmost line start another line shares (within a little). Null when none. */
function leftMargin(lines: readonly PdfLine[]): number | null {
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
function margins(pages: readonly PdfPageLines[], kept: readonly PdfLine[][]): { left: (number | null)[]; right: (number | null)[] } {
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
export function continuations(pages: readonly PdfPageLines[], kept: readonly PdfLine[][]): Map<PdfLine, boolean> {
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
  const result = new Map<PdfLine, boolean>();
  sequence.forEach(({ line, page }, k) => {
    const next = sequence[k + 1];
    result.set(line, next !== undefined && runsOn(line, page, next.line, next.page));
  });
  return result;

  function runsOn(line: PdfLine, page: number, next: PdfLine, nextPage: number): boolean {
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
