/**
 * A table of the library held in memory, for the views that show or count
 * all of it (the library list, the analyses), and kept current without being
 * read again: read once, a page at a time, then patched with just the rows
 * each committed write touched, which Dexie names in its `storagemutated`
 * event (writes from the app's other windows included). A live query would
 * read the whole table again after every write and clone its answer: with
 * 50,000 highlights, a second of work for each highlight added.
 */
import { cmp, Dexie, RangeSet, type IndexableType, type ObservabilitySet, type Table } from 'dexie';

export interface TableMirror<T> {
  /**
   * The rows as the mirror's projection made them, in no promised order;
   * undefined until the table is read. The same array until something
   * changes.
   */
  rows(): readonly T[] | undefined;
  /** Calls `listener` after each change of `rows()`; gives back how to stop. */
  subscribe(listener: () => void): () => void;
  /** Reads the table unless it is read or being read, and follows its writes from then on; resolves once it is read. */
  load(): Promise<void>;
}

export interface MirrorOptions {
  /** Rows read per transaction (default 2,000; Infinity for all at once): a large table is read in pages, so that no one task takes long. */
  page?: number;
}

/** A mirror of `table` holding `project(row)` for each row; nothing is read before `load()`. */
export function tableMirror<Row, Key extends IndexableType, Insert, T>(table: Table<Row, Key, Insert>, project: (row: Row) => T, { page = 2000 }: MirrorOptions = {}): TableMirror<T> {
  const part = `idb://${table.db.name}/${table.name}/`;
  const keyPath = table.schema.primKey.keyPath ?? '';
  const byKey = new Map<Key, T>();
  const listeners = new Set<() => void>();
  let rows: readonly T[] | undefined;
  /** Keys written since they were last read. */
  let touched: RangeSet | null = null;
  let draining = false;
  let listening = false;
  let loaded: Promise<void> | null = null;

  /** Reads the rows from `from` to `to` (both included) again, a page at a time. */
  async function readRange(from: Key, to: Key): Promise<void> {
    for (const key of [...byKey.keys()]) if (cmp(key, from) >= 0 && cmp(key, to) <= 0) byKey.delete(key);
    let lower = from;
    let includeLower = true;
    for (;;) {
      const found = await table.where(':id').between(lower, to, includeLower, true).limit(page).toArray();
      for (const row of found) byKey.set(Dexie.getByKeyPath(row as object, keyPath) as Key, project(row));
      if (found.length < page) return;
      lower = Dexie.getByKeyPath(found[found.length - 1] as object, keyPath) as Key;
      includeLower = false;
    }
  }

  /** Reads every key and range written since the last read, until none is left, telling the listeners after each round. */
  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (touched) {
        const round = touched;
        touched = null;
        const keys: Key[] = [];
        for (const range of round) {
          if (cmp(range.from, range.to) === 0) keys.push(range.from as Key);
          else await readRange(range.from as Key, range.to as Key);
        }
        if (keys.length > 0) {
          const found = await table.bulkGet(keys);
          keys.forEach((key, at) => {
            const row = found[at];
            if (row === undefined) byKey.delete(key);
            else byKey.set(key, project(row));
          });
        }
        rows = [...byKey.values()];
        for (const listener of listeners) listener();
      }
    } finally {
      draining = false;
    }
  }

  function onMutated(parts: ObservabilitySet) {
    const written = parts[part];
    // Parts from another window arrive as plain trees; an empty one (`{ d: 0 }`) has no `from`.
    if (!written || !('from' in written)) return;
    (touched ??= new RangeSet()).add(written);
    void drain().catch((error: unknown) => console.error(`The mirror of ${table.name} could not follow a write:`, error));
  }

  return {
    rows: () => rows,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      if (!loaded) {
        // Listening first, so that a write during the first read is read again after it.
        if (!listening) Dexie.on('storagemutated', onMutated);
        listening = true;
        touched = new RangeSet(Dexie.minKey, Dexie.maxKey);
        // A failed read is tried again at the next call.
        loaded = drain().catch((error: unknown) => {
          loaded = null;
          throw error;
        });
      }
      return loaded;
    },
  };
}
