/**
 * Page chrome in a PDF: running headers, footers and page numbers, step 3 of
 * the pdf layout (see pdf-layout.ts).
 *
 * A running header or footer is among the first or last three lines of a
 * page and within 12% of its top or bottom edge, and its text, digits aside,
 * recurs so on at least half the pages (and on 3 pages at least, or both of
 * a 2-page file). A page number (`- 3 -`, `3`, `第3页`, `第 3 页 共 10 页`,
 * `3/10`, `Page 3 of 10`) is one of the first or last two lines of a page,
 * standing in that band; it need not recur.
 */
import type { PdfPageLines } from './pdf-page-lines';

/** The top and bottom bands, as a share of the page's height, where running headers and footers stand. */
const CHROME_BAND = 0.12;
/** How many lines at each end of a page are looked at as headers and footers. */
const CHROME_LINES = 3;
/** How many lines at each end of a page may be a page number. */
const PAGE_NUMBER_LINES = 2;

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

/** Why a line was dropped as chrome. */
export type PdfChromeReason = 'running-header' | 'running-footer' | 'page-number';

/** What a page's line is: kept, or dropped and why. */
export type ChromeVerdict = { keep: true } | { keep: false; reason: PdfChromeReason };

/** Page numbers and repeated lines at the top and bottom of pages. */
export function judgeChrome(pages: readonly PdfPageLines[]): ChromeVerdict[][] {
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
    p.lines.map((line, j): ChromeVerdict => {
      const candidate = candidates[i]?.[j];
      if (!candidate?.band) return { keep: true };
      if (candidate.edge < PAGE_NUMBER_LINES && isPageNumberLine(line.text)) return { keep: false, reason: 'page-number' };
      const pagesSeen = seen.get(`${candidate.band}:${chromeKey(line.text)}`)?.size ?? 0;
      if (pagesSeen >= needed) return { keep: false, reason: candidate.band === 'top' ? 'running-header' : 'running-footer' };
      return { keep: true };
    }),
  );
}
