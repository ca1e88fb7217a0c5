/**
 * A PDF page's text layer as the pdf reader hands it over: the page box and
 * the runs of glyphs placed on it, shaped like pdfjs's own types so pdf.ts
 * can pass them through, while the geometry modules stay free of pdfjs.
 */

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
