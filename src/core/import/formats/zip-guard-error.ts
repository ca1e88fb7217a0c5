/**
 * Why the zip guard refused a container before anything was inflated. Kept
 * apart from any one format's error so every zip-based format (docx now,
 * perhaps epub or odt later) can map it to its own codes.
 */

/**
 * `corrupt-zip`: the bytes are not a readable zip (no end-of-central-directory
 * record, a central directory that runs off the file, deflate data that does
 * not inflate); `zip-bomb`: the archive would inflate beyond the guard's
 * limits, or lies about its sizes; `cancelled`: the caller's signal was set
 * while the guard was measuring.
 */
export type ZipGuardErrorCode = 'corrupt-zip' | 'zip-bomb' | 'cancelled';

/** A zip the guard will not let through; `message` says why in plain English. */
export class ZipGuardError extends Error {
  override readonly name = 'ZipGuardError';
  readonly code: ZipGuardErrorCode;

  constructor(code: ZipGuardErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
