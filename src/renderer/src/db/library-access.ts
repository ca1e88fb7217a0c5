/**
 * Whether this copy of the app may write the library on this device. A
 * library last opened by a newer version of the app has a schema this
 * version does not know: writing it could break what the newer version
 * keeps, and Dexie would open it all the same (it retries an open refused
 * for a lower version without one) and even add to its schema. So the
 * installed version is looked at first, with IndexedDB's own list, before
 * anything opens the library:
 *
 * - `writable`: the library is this version's or older (its upgrades run);
 * - `read-only`: newer, but with every table and index this version reads:
 *   it is opened and every write is refused (db/read-only-guard);
 * - `closed`: newer, and missing a table or index this version would add on
 *   opening: it is not opened at all.
 *
 * Either way the newer library is never changed.
 */
import type { LibraryDatabase } from './db';

export type LibraryAccess = { mode: 'writable' } | { mode: 'read-only' | 'closed'; version: number };

/** The version the app's Dexie schema numbers `verno` is stored under in IndexedDB. */
const nativeVersion = (verno: number) => Math.round(verno * 10);

/** The installed version of database `name` as IndexedDB numbers it, or 0 when there is none. */
export async function installedVersion(factory: IDBFactory, name: string): Promise<number> {
  const listed = await factory.databases();
  return listed.find((each) => each.name === name)?.version ?? 0;
}

/** Opens the installed database `name` as it is (no version asked, so no upgrade) and closes it again after `look`. */
function lookAtInstalled<T>(factory: IDBFactory, name: string, look: (db: IDBDatabase) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Only a database deleted since it was listed gets here: create nothing.
      request.transaction?.abort();
    };
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
    request.onsuccess = () => {
      const db = request.result;
      try {
        resolve(look(db));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        db.close();
      }
    };
  });
}

/** Whether the installed database has every table and index of `db`'s schema, with the same keys. */
function holdsSchemaOf(installed: IDBDatabase, db: LibraryDatabase): boolean {
  const stores = db.tables.map((table) => table.name).filter((name) => installed.objectStoreNames.contains(name));
  if (stores.length !== db.tables.length) return false;
  const transaction = installed.transaction(stores, 'readonly');
  return db.tables.every((table) => {
    const store = transaction.objectStore(table.name);
    return JSON.stringify(store.keyPath) === JSON.stringify(table.schema.primKey.keyPath ?? null) && table.schema.indexes.every((index) => store.indexNames.contains(index.name));
  });
}

/**
 * How the app may use the library `db`, installed at native version
 * `installed` ({@link installedVersion}; see the module comment); call before
 * anything opens it.
 */
export async function checkLibraryAccess(db: LibraryDatabase, installed: number, factory: IDBFactory = indexedDB): Promise<LibraryAccess> {
  // Each Dexie version owns ten native versions (Dexie may add one to patch a schema it was not told of).
  if (installed < nativeVersion(db.verno + 1)) return { mode: 'writable' };
  const version = Math.floor(installed / 10);
  const readable = await lookAtInstalled(factory, db.name, (installedDb) => holdsSchemaOf(installedDb, db));
  return { mode: readable ? 'read-only' : 'closed', version };
}
