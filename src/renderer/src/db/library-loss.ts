/**
 * Telling a first start from a library the browser lost. Chromium deletes
 * an IndexedDB database it finds corrupted when it opens it (a crash can
 * leave a half-written log record that LevelDB takes for corruption two
 * starts later: google/leveldb#1287), and the app would then start afresh
 * as if it had never been used. So the app remembers, outside the library
 * (in localStorage, a separate store), that a library has existed here; a
 * start that finds no library where one existed says it was lost and
 * points to the backups.
 */
const EXISTED_KEY = 'report-reader.library-existed';

/**
 * Whether the library named `name` existed at an earlier start and is gone
 * now that it is installed at native version `installed` (0: not at all;
 * db/library-access's installedVersion); remembers that it exists when it
 * does. Call before anything opens it.
 */
export function checkLibraryLoss(name: string, installed: number, memory: Storage = localStorage): boolean {
  if (installed > 0) {
    memory.setItem(EXISTED_KEY, name);
    return false;
  }
  if (memory.getItem(EXISTED_KEY) !== name) return false;
  // Said once: the library made from here on is remembered at the next start.
  memory.removeItem(EXISTED_KEY);
  return true;
}
