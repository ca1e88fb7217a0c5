/**
 * The reasons a write to the library fails that are not the action's fault,
 * told apart from any other failure so the interface can say them in plain
 * words: the disk (or the browser's share of it) is full; the library
 * belongs to a newer version of the app and is open read-only; or another
 * window upgraded or deleted the library, and this page let go of it.
 */

export type StorageProblem = 'storage-full' | 'read-only' | 'closed-elsewhere';

/** A write refused because the library is open read-only (db/library-access). */
export class ReadOnlyLibraryError extends Error {
  override readonly name = 'ReadOnlyLibraryError';
  readonly code = 'read-only';

  constructor() {
    super('The library belongs to a newer version of the app and is open read-only');
  }
}

/** The storage problem behind `error` (Dexie wraps the browser's error as `inner`), or null for any other failure. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  for (let at: unknown = error, depth = 0; at instanceof Object && depth < 4; at = (at as { inner?: unknown }).inner, depth++) {
    const name = (at as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return 'storage-full';
    if (at instanceof ReadOnlyLibraryError) return 'read-only';
    // The app closes the library only when another window upgrades or deletes it (db/library).
    if (name === 'DatabaseClosedError') return 'closed-elsewhere';
  }
  return null;
}
