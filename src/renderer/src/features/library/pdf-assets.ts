/**
 * Where the renderer build puts pdfjs-dist's character maps and standard
 * fonts, relative to index.html. electron.vite.config.ts copies them there
 * (and serves them there in development); the import worker turns these
 * paths into the URLs core's pdf reader is given (`ReadOptions`).
 */

/** pdfjs-dist's `cmaps/` (CJK text in PDFs needs them), beside index.html. */
export const PDF_CMAP_DIR = 'pdfjs/cmaps/';

/** pdfjs-dist's `standard_fonts/`, beside index.html. */
export const PDF_STANDARD_FONT_DIR = 'pdfjs/standard_fonts/';
