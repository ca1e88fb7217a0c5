/**
 * Why a REFI-QDA file could not be read. The readers throw only this (a
 * RangeError aside, for a bug), so the interface maps one class and a few
 * codes to its own words; `message` is plain English for logs.
 */

/**
 * - `not-qdpx`: the bytes are not a zip at all (a .qde, a .docx renamed…).
 * - `corrupt-zip`: a zip that cannot be read (cut short, damaged).
 * - `too-large`: the zip holds or would inflate to more than the reader allows.
 * - `missing-project`: a zip with no `project.qde` (nor any other `.qde`).
 * - `not-refi`: the XML is not a REFI-QDA project or codebook (another root
 *   element, no root element, bytes that are not UTF-8).
 */
export type QdaErrorCode = 'not-qdpx' | 'corrupt-zip' | 'too-large' | 'missing-project' | 'not-refi';

/** A file the REFI-QDA readers refuse; `cause` holds the underlying error, if any. */
export class QdaError extends Error {
  override readonly name = 'QdaError';
  readonly code: QdaErrorCode;

  constructor(code: QdaErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
