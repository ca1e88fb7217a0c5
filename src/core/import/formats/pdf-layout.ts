/**
 * A PDF's text layer → source lines: the geometry half of the pdf reader,
 * pure and free of pdfjs (pdf.ts feeds it pdfjs's text items, as
 * pdf-page-text.ts shapes them). A PDF has no lines or paragraphs, only runs
 * of glyphs placed on pages; this rebuilds the visual lines in reading order
 * and says which of them run on:
 *
 * 1. Each page's items are turned into its reading frame (the direction most
 *    of its text runs in; a page drawn sideways is read sideways). Text in
 *    another direction — a vertical note in the margin, a diagonal
 *    watermark — is set aside as dropped `rotated-text` (pdf-page-lines.ts).
 * 2. Items are grouped into lines by baseline (a tolerance of 0.4 em keeps
 *    superscripts on their line), ordered left to right and joined: nothing
 *    between CJK characters (pdfjs's spaces in letter-spaced CJK are taken
 *    out too), nothing between CJK and Latin unless the gap is wide, one
 *    space between Latin words or across a wide gap (a table's columns,
 *    `镇长  林晓明`). Radicals a text layer gives for ideographs of the same
 *    shape (`⻘⽯县`) are folded back (pdf-radicals.ts); an item drawn twice
 *    in place (fake bold) is read once (pdf-page-lines.ts).
 * 3. Running headers and footers — among the first or last three lines of a
 *    page and within 12% of its top or bottom edge, a line whose text, digits
 *    aside, recurs so on at least half the pages (and on 3 pages at least, or
 *    both of a 2-page file) — and page numbers (`- 3 -`, `3`, `第3页`,
 *    `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`; first or last two lines, any
 *    page) are dropped, kept in `dropped` with the index of the line they
 *    stood before (pdf-chrome.ts).
 * 4. A line `continues` when the next line's first word (a character, in
 *    CJK) would not have fit after it before the page's right margin, and the
 *    next line is not indented, not in another font size and not after a
 *    paragraph's gap. Margins are found per page (mirrored margins differ),
 *    from the pages of the same parity when a page has few lines. Where in
 *    doubt a line does not continue: the report parser then judges by the
 *    text (pdf-continuation.ts).
 *
 * Limits: one column per page (two columns side by side are read across as
 * one line); a table's rows are read as lines, cells joined by a space;
 * vertical (top-to-bottom) CJK writing is read as if it were horizontal; a
 * centered title that wraps is two lines that do not continue; ragged-right
 * Latin set with optimal (Knuth–Plass) breaking continues less often than it
 * could.
 */
import type { DroppedLine, SourceLine } from '../source-document';
import { judgeChrome, type PdfChromeReason } from './pdf-chrome';
import { continuations } from './pdf-continuation';
import { readPage } from './pdf-page-lines';
import type { PdfPageText } from './pdf-page-text';

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
export type PdfDropReason = PdfChromeReason | 'rotated-text';

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
