/**
 * Why a Word file could not be read. `readDocx` throws only this (a RangeError
 * aside, for a bug), so the importer maps one class and three codes to its own
 * ImportError; nothing from mammoth or jszip escapes unwrapped.
 */

/**
 * `corrupt-docx`: not a zip, a zip that is not a Word file (no main part
 * under `word/`), a truncated file, or one mammoth cannot convert;
 * `zip-bomb`: the zip declares or inflates to more than the reader allows;
 * `cancelled`: the analyst cancelled the import.
 */
export type DocxErrorCode = 'corrupt-docx' | 'zip-bomb' | 'cancelled';

/** A Word file that cannot be read; `cause` holds the underlying error, if any. */
export class DocxError extends Error {
  override readonly name = 'DocxError';
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
