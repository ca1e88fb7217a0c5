/**
 * The suggestions the analyst rejected in this session, by `suggestionKey`:
 * not shown again until the app is restarted (nothing is stored).
 */
import { useSyncExternalStore } from 'react';

/** A set of rejected suggestion keys that components can watch. */
export class RejectedSuggestions {
  private keys: ReadonlySet<string> = new Set();
  private listeners = new Set<() => void>();

  /** Remembers `keys` as rejected. */
  reject(keys: Iterable<string>): void {
    const next = new Set(this.keys);
    for (const key of keys) next.add(key);
    if (next.size === this.keys.size) return;
    this.keys = next;
    for (const listener of this.listeners) listener();
  }

  /** Whether the suggestion with `key` was rejected. */
  has = (key: string): boolean => this.keys.has(key);

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For `useSyncExternalStore`: the keys, the same set until one is added. */
  getSnapshot = (): ReadonlySet<string> => this.keys;
}

/** The session's rejections. */
export const rejectedSuggestions = new RejectedSuggestions();

/** The keys rejected so far, re-rendering when one is added. */
export function useRejectedSuggestions(): ReadonlySet<string> {
  return useSyncExternalStore(rejectedSuggestions.subscribe, rejectedSuggestions.getSnapshot);
}
