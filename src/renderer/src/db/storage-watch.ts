/**
 * A Dexie middleware that tells `onProblem` when a write transaction is
 * aborted for a storage problem: the browser raises a full disk as the
 * abort of the whole transaction, at its commit, after each of its writes
 * seemed to succeed, so it is watched for on the transaction itself. The
 * action's own caller still gets its rejection; this is for the notice that
 * the library as a whole can no longer be written.
 */
import type { DBCore, Middleware } from 'dexie';
import { storageProblemOf, type StorageProblem } from './storage-problem';

export function storageWatch(onProblem: (problem: StorageProblem) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'storage-watch',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        // Dexie's IndexedDB core hands out the native transaction.
        if (mode === 'readwrite' && transaction instanceof EventTarget) {
          transaction.addEventListener('abort', () => {
            const problem = storageProblemOf((transaction as IDBTransaction).error);
            if (problem) onProblem(problem);
          });
        }
        return transaction;
      },
    }),
  };
}
