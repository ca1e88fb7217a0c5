/**
 * The reading style preference as shared state: the control in the reader's
 * tool area changes it, the report view reads it, and both re-render. Kept in
 * localStorage under one key; another window of the app changing it is
 * followed through the `storage` event.
 */
import { useCallback, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import { parseReadingStyle, readingStyleProperties, type ReadingStyle } from './reading-style';

const STORAGE_KEY = 'report-reader.reading-style';

const listeners = new Set<() => void>();
let cached: { stored: string | null; style: ReadingStyle } | null = null;

function read(): ReadingStyle {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (cached?.stored !== stored) cached = { stored, style: parseReadingStyle(stored) };
  return cached.style;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current reading style and a function that changes (and remembers) it. */
export function useReadingStyle(): [ReadingStyle, (next: ReadingStyle) => void] {
  const style = useSyncExternalStore(subscribe, read);
  const setStyle = useCallback((next: ReadingStyle) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    for (const listener of listeners) listener();
  }, []);
  return [style, setStyle];
}

/** The reading style as the inline style of the report view: the custom properties reader-tools.css reads. */
export function useReadingStyleProperties(): CSSProperties {
  const style = useSyncExternalStore(subscribe, read);
  return useMemo(() => readingStyleProperties(style) as CSSProperties, [style]);
}
