/**
 * A bounded whole-file read, for files whose size was checked by stat but
 * may change before they are read.
 */
import type { FileHandle } from 'node:fs/promises';

/**
 * Reads an open file from its start to its end, expecting `expected` bytes
 * (its size at stat time) but never holding more than `maxBytes`. Returns the
 * bytes, fewer if the file shrank, more if it grew but stays within
 * `maxBytes`; null if it grew past `maxBytes`. The result is an exact-size
 * view (no spare capacity to send over IPC).
 */
export async function readAtMost(handle: FileHandle, expected: number, maxBytes: number): Promise<Uint8Array | null> {
  let buffer = new Uint8Array(Math.max(0, Math.min(expected, maxBytes)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      // Full as stat promised: look for more.
      const probe = new Uint8Array(1);
      const { bytesRead } = await handle.read(probe, 0, 1, length);
      if (bytesRead === 0) return buffer;
      if (length + 1 > maxBytes) return null;
      const grown = new Uint8Array(Math.min(maxBytes, Math.max(buffer.length * 2, length + 1, 64 * 1024)));
      grown.set(buffer.subarray(0, length));
      grown[length] = probe[0] ?? 0;
      length += 1;
      buffer = grown;
      continue;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return buffer.slice(0, length);
    length += bytesRead;
  }
}
