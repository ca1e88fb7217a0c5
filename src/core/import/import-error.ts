/**
 * Why a file could not be imported as a report. `parseReportFile` throws only
 * this (or a RangeError for a bug), so a caller catches one class and
 * switches on one code; the renderer turns codes into Chinese or English words.
 */
import type { DecodeErrorCode } from '../decode/decode-error';

/**
 * `unsupported-format`: the file's extension is not one the importer reads;
 * `invalid-bytes`, `binary`, `empty`, `mixed-encoding`: the bytes could not
 * be decoded (the codes of `DecodeError`, passed on unchanged);
 * `no-report-text`: the file reads, but holds nothing but site debris; and
 * the codes of the format readers (`corrupt-docx`, `zip-bomb`, `corrupt-pdf`,
 * `encrypted-pdf`, `no-text` for a PDF without a text layer, `cancelled`…),
 * passed on unchanged.
 */
export type ImportErrorCode = 'unsupported-format' | 'no-report-text' | DecodeErrorCode | (string & {});

/**
 * A file that cannot become a report. `offset` is the byte offset a decode
 * error points at, or null; `cause` holds the underlying DecodeError, if any.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly fileName: string;
  readonly offset: number | null;

  constructor(code: ImportErrorCode, fileName: string, message: string, options: { offset?: number | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fileName = fileName;
    this.offset = options.offset ?? null;
  }
}
