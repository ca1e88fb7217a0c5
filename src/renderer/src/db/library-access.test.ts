import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from './db';
import { checkLibraryAccess, installedVersion } from './library-access';
import { ReadOnlyLibraryError, storageProblemOf } from './storage-problem';

let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `access-test-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** This version's schema as Dexie store strings, table by table. */
function currentSchema(): Record<string, string> {
  const db = new LibraryDatabase('schema-probe');
  return Object.fromEntries(db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ')]));
}

/** A library as a newer app (Dexie version 6) leaves it: `schema`, a table of its own with a row, and one report. */
async function newerLibrary(name: string, schema: Record<string, string>): Promise<void> {
  const newer = new Dexie(name);
  newer.version(6).stores({ ...schema, reviews: '++id, reportId' });
  await newer.open();
  await newer.table('reports').add({ id: 'r1', title: '清水镇2030年政府工作报告' });
  await newer.table('reviews').add({ reportId: 'r1', verdict: '已复核' });
  newer.close();
}

/** The native version and tables of database `name`, and every row of `reviews`, read without Dexie's schema. */
async function asStored(name: string) {
  const raw = new Dexie(name);
  await raw.open();
  const stored = { version: raw.backendDB().version, tables: raw.tables.map((t) => t.name).sort(), reviews: await raw.table('reviews').toArray(), reports: await raw.table('reports').toArray() };
  raw.close();
  return stored;
}

describe('checkLibraryAccess', () => {
  it('lets the app write a library that does not exist yet, without creating it', async () => {
    const name = freshName();
    expect(await checkLibraryAccess(new LibraryDatabase(name), await installedVersion(indexedDB, name))).toEqual({ mode: 'writable' });
    expect((await indexedDB.databases()).map((each) => each.name)).not.toContain(name);
  });

  it('lets the app write its own library and an older one', async () => {
    const name = freshName();
    const older = new Dexie(name);
    older.version(1).stores(currentSchema());
    await older.open();
    older.close();
    expect(await checkLibraryAccess(new LibraryDatabase(name), await installedVersion(indexedDB, name))).toEqual({ mode: 'writable' });
    const current = new LibraryDatabase(name);
    await current.open();
    current.close();
    expect(await checkLibraryAccess(new LibraryDatabase(name), await installedVersion(indexedDB, name))).toEqual({ mode: 'writable' });
  });

  it('opens a newer library that holds every table and index read-only: reads work, every write is refused, nothing stored changes', async () => {
    const name = freshName();
    await newerLibrary(name, { ...currentSchema(), reports: `${currentSchema().reports}, reviewedAt` });
    const before = await asStored(name);
    const db = new LibraryDatabase(name);
    expect(await checkLibraryAccess(db, await installedVersion(indexedDB, name))).toEqual({ mode: 'read-only', version: 6 });
    db.refuseWrites();
    expect(await db.reports.get('r1')).toMatchObject({ title: '清水镇2030年政府工作报告' });
    const refused = await db.themes.add({ id: 't1', name: '乡村振兴' } as never).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReadOnlyLibraryError);
    expect(storageProblemOf(refused)).toBe('read-only');
    // A transaction that reads and then writes fails whole.
    await expect(db.transaction('rw', db.reports, db.highlights, async () => {
      await db.reports.get('r1');
      await db.reports.delete('r1');
    })).rejects.toBeInstanceOf(ReadOnlyLibraryError);
    db.close();
    expect(await asStored(name)).toEqual(before);
    expect(before.version).toBe(60);
  });

  it('does not open a newer library that lacks an index this version would add, and leaves it as it was', async () => {
    const name = freshName();
    await newerLibrary(name, { ...currentSchema(), reports: 'id, &[sourceHash+sourceIndex], sourceHash, title' });
    const before = await asStored(name);
    expect(await checkLibraryAccess(new LibraryDatabase(name), await installedVersion(indexedDB, name))).toEqual({ mode: 'closed', version: 6 });
    expect(await asStored(name)).toEqual(before);
  });
});
