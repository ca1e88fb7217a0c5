import 'fake-indexeddb/auto';
import { Dexie, type EntityTable } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableMirror, type TableMirror } from './table-mirror';

interface Row {
  id: string;
  group: string;
  value: number;
}

class TestDatabase extends Dexie {
  rows!: EntityTable<Row, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ rows: 'id, group' });
  }
}

const databases: TestDatabase[] = [];
let count = 0;
function database(): TestDatabase {
  const db = new TestDatabase(`mirror-test-${(count += 1)}`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const row = (id: string, value: number, group = 'a'): Row => ({ id, group, value });
const sorted = (mirror: TableMirror<string>) => [...(mirror.rows() ?? [])].sort();
const project = (r: Row) => `${r.id}=${r.value}`;

/** Resolves once `mirror` has told its listeners of a change that makes `done` true. */
function changed(mirror: TableMirror<string>, done: () => boolean): Promise<void> {
  return vi.waitFor(() => {
    if (!done()) throw new Error(`not yet: ${JSON.stringify(mirror.rows())}`);
  });
}

describe('tableMirror', () => {
  it('reads nothing before load, then the whole table a page at a time', async () => {
    const db = database();
    await db.rows.bulkAdd(Array.from({ length: 25 }, (_, i) => row(`r${String(i).padStart(2, '0')}`, i)));
    const mirror = tableMirror(db.rows, project, { page: 4 });
    expect(mirror.rows()).toBeUndefined();
    await mirror.load();
    expect(mirror.rows()).toHaveLength(25);
    expect(sorted(mirror)).toContain('r24=24');
  });

  it('follows puts, updates and deletes of single rows, reading only those', async () => {
    const db = database();
    await db.rows.bulkAdd([row('a', 1), row('b', 2)]);
    const mirror = tableMirror(db.rows, project);
    await mirror.load();
    const reads = vi.spyOn(db.rows, 'bulkGet');
    const listener = vi.fn();
    mirror.subscribe(listener);

    await db.rows.put(row('c', 3));
    await changed(mirror, () => sorted(mirror).includes('c=3'));
    await db.rows.update('a', { value: 10 });
    await changed(mirror, () => sorted(mirror).includes('a=10'));
    await db.rows.delete('b');
    await changed(mirror, () => !sorted(mirror).includes('b=2'));

    expect(sorted(mirror)).toEqual(['a=10', 'c=3']);
    expect(reads).toHaveBeenCalled();
    for (const [keys] of reads.mock.calls) expect(keys).toHaveLength(1);
    expect(listener).toHaveBeenCalled();
  });

  it('follows a delete by query and a bulk write, which Dexie reports as ranges', async () => {
    const db = database();
    await db.rows.bulkAdd([row('a', 1, 'x'), row('b', 2, 'y'), row('c', 3, 'x')]);
    const mirror = tableMirror(db.rows, project, { page: 2 });
    await mirror.load();

    await db.rows.where('group').equals('x').delete();
    await changed(mirror, () => sorted(mirror).length === 1);
    expect(sorted(mirror)).toEqual(['b=2']);

    await db.rows.bulkPut(Array.from({ length: 60 }, (_, i) => row(`n${String(i).padStart(2, '0')}`, i)));
    await changed(mirror, () => sorted(mirror).length === 61);
    await db.rows.clear();
    await changed(mirror, () => sorted(mirror).length === 0);
  });

  it('keeps the same array until something changes, and a write in one transaction is one change', async () => {
    const db = database();
    await db.rows.bulkAdd([row('a', 1), row('b', 2)]);
    const mirror = tableMirror(db.rows, project);
    await mirror.load();
    const first = mirror.rows();
    expect(mirror.rows()).toBe(first);
    await db.transaction('rw', db.rows, async () => {
      await db.rows.put(row('a', 5));
      await db.rows.put(row('b', 6));
    });
    await changed(mirror, () => mirror.rows() !== first);
    expect(sorted(mirror)).toEqual(['a=5', 'b=6']);
  });

  it('reads a row written during the first read', async () => {
    const db = database();
    await db.rows.bulkAdd(Array.from({ length: 40 }, (_, i) => row(`r${String(i).padStart(2, '0')}`, i)));
    const mirror = tableMirror(db.rows, project, { page: 5 });
    const loading = mirror.load();
    await db.rows.put(row('r00', 100));
    await loading;
    await changed(mirror, () => sorted(mirror).includes('r00=100'));
    expect(mirror.rows()).toHaveLength(40);
  });

  it('leaves other tables and databases alone', async () => {
    const db = database();
    const other = database();
    await db.rows.add(row('a', 1));
    const mirror = tableMirror(db.rows, project);
    await mirror.load();
    const listener = vi.fn();
    mirror.subscribe(listener);
    await other.rows.add(row('z', 9));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
    expect(sorted(mirror)).toEqual(['a=1']);
  });
});
