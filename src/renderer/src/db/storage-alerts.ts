/**
 * The storage problem the interface is showing, if any: set when a write of
 * the library fails for one (db/storage-watch), cleared when the analyst
 * dismisses the notice. A tiny store React reads with useSyncExternalStore.
 */
import type { StorageProblem } from './storage-problem';

export interface StorageAlerts {
  current(): StorageProblem | null;
  report(problem: StorageProblem): void;
  dismiss(): void;
  subscribe(listener: () => void): () => void;
}

export function createStorageAlerts(): StorageAlerts {
  let shown: StorageProblem | null = null;
  const listeners = new Set<() => void>();
  const set = (next: StorageProblem | null) => {
    if (next === shown) return;
    shown = next;
    for (const listener of listeners) listener();
  };
  return {
    current: () => shown,
    report: (problem) => set(problem),
    dismiss: () => set(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
