import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from './db';
import { installedVersion } from './library-access';
import { checkLibraryLoss } from './library-loss';

/** localStorage as a Map. */
function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (at) => [...items.keys()][at] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const freshDb = () => {
  const name = `loss-test-${++n}`;
  names.push(name);
  return new LibraryDatabase(name);
};

describe('checkLibraryLoss', () => {
  it('says nothing on a first start, nor while the library is there', async () => {
    const db = freshDb();
    const remembered = memory();
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(false);
    await db.open();
    db.close();
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(false);
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(false);
  });

  it('says the library was lost when it existed at an earlier start and is gone, once', async () => {
    const db = freshDb();
    const remembered = memory();
    await db.open();
    db.close();
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(false);
    await Dexie.delete(db.name);
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(true);
    expect(checkLibraryLoss(db.name, await installedVersion(indexedDB, db.name), remembered)).toBe(false);
  });

  it('keeps libraries of other names apart', async () => {
    const first = freshDb();
    const remembered = memory();
    await first.open();
    first.close();
    checkLibraryLoss(first.name, await installedVersion(indexedDB, first.name), remembered);
    const other = freshDb();
    expect(checkLibraryLoss(other.name, await installedVersion(indexedDB, other.name), remembered)).toBe(false);
  });
});
