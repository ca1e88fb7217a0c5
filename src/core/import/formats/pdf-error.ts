/**
 * Why a PDF could not be read. `readPdf` throws only this, so the importer
 * maps one class and four codes to its own ImportError; nothing from pdfjs
 * escapes unwrapped (its exception is kept as `cause`).
 */

/**
 * `corrupt-pdf`: not a PDF, a damaged or truncated one, or a page pdfjs
 * cannot read; `encrypted-pdf`: the PDF needs a password to open;
 * `no-text`: the PDF's pages have no text layer (scanned images: it needs
 * OCR first); `cancelled`: the analyst cancelled the import.
 */
export type PdfErrorCode = 'corrupt-pdf' | 'encrypted-pdf' | 'no-text' | 'cancelled';

/** A PDF that cannot be read; `cause` holds the underlying error, if any. */
export class PdfError extends Error {
  override readonly name = 'PdfError';
  readonly code: PdfErrorCode;

  constructor(code: PdfErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
