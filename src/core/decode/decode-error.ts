/**
 * Why a file's bytes could not be read as text. The renderer turns the code
 * into words; the message is plain English for logs and the command line.
 */

/**
 * - `invalid-bytes`: the bytes are neither valid UTF-8 nor valid GB18030 (or
 *   are invalid in the encoding their byte order mark declares).
 * - `binary`: the bytes hold NUL bytes without a UTF-16 byte order mark, so
 *   they are a binary file (a zip, an image, a .doc), not a text report.
 * - `empty`: there are no bytes, or only whitespace.
 * - `mixed-encoding`: some lines are UTF-8 and others GB18030 (GBK), so
 *   either reading would garble part of the text.
 */
export type DecodeErrorCode = 'invalid-bytes' | 'binary' | 'empty' | 'mixed-encoding';

/**
 * Thrown by `decodeText` when bytes cannot become text without inventing
 * characters. `offset` is the byte offset of the first byte that could not be
 * decoded (or the first NUL byte of a binary file, or where a mixed file's
 * second encoding shows); null where there is none to point at, as for an
 * empty file.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  readonly code: DecodeErrorCode;
  readonly offset: number | null;

  constructor(code: DecodeErrorCode, message: string, offset: number | null = null) {
    super(message);
    this.code = code;
    this.offset = offset;
  }
}
