/**
 * Checking the page's answer to a request for an automatic backup. The
 * bytes are the library's backup file, made in the page; main checks them
 * only as far as it can without reading the library: something, not over
 * the backup limit, and a zip.
 */
import { MAX_BACKUP_BYTES, type AutoBackupAnswer, type GatewayError } from '../shared/ipc';

/** The longest failure detail from the page kept for the log. */
const MAX_DETAIL = 500;

/**
 * The argument of `backup:save-automatic` as an {@link AutoBackupAnswer},
 * or null when it is not one: `requestId` a positive safe integer, and
 * either `ok: true` with `bytes` a Uint8Array or `ok: false` with `detail` a
 * string (cut to 500 characters). The result is a fresh object holding only
 * those fields.
 */
export function parseAutoBackupAnswer(value: unknown): AutoBackupAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { requestId, ok, bytes, detail } = value as Record<string, unknown>;
  if (typeof requestId !== 'number' || !Number.isSafeInteger(requestId) || requestId < 1) return null;
  if (ok === true && bytes instanceof Uint8Array) return { requestId, ok, bytes };
  if (ok === false && typeof detail === 'string') return { requestId, ok, detail: detail.slice(0, MAX_DETAIL) };
  return null;
}

/**
 * Why main refuses to write these bytes as a backup, or null when it will:
 * empty or not starting with a zip's `PK` is `unsupported-format`, more
 * than `maxBytes` (by default {@link MAX_BACKUP_BYTES}) is `too-large`.
 */
export function backupBytesProblem(bytes: Uint8Array, maxBytes: number = MAX_BACKUP_BYTES): GatewayError | null {
  if (bytes.byteLength === 0) return { code: 'unsupported-format', detail: 'the automatic backup is empty' };
  if (bytes.byteLength > maxBytes) {
    return { code: 'too-large', detail: `the automatic backup is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes` };
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { code: 'unsupported-format', detail: 'the automatic backup is not a zip file' };
  return null;
}
