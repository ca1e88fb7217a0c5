/**
 * A Dexie middleware that refuses every write while `writable()` says no:
 * each add, put and delete rejects with a ReadOnlyLibraryError before it
 * reaches IndexedDB, so a transaction that tries one fails whole and changes
 * nothing. Reads go through untouched.
 */
import type { DBCore, Middleware } from 'dexie';
import { ReadOnlyLibraryError } from './storage-problem';

export function readOnlyGuard(writable: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'read-only-guard',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return { ...table, mutate: (request) => (writable() ? table.mutate(request) : Promise.reject(new ReadOnlyLibraryError())) };
      },
    }),
  };
}
