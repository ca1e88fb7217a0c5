/** A table mirror's rows for a component, read when first used and followed from then on. */
import { useEffect, useSyncExternalStore } from 'react';
import type { TableMirror } from './table-mirror';

/** The rows of `mirror`; undefined until it is read. */
export function useMirror<T>(mirror: TableMirror<T>): readonly T[] | undefined {
  useEffect(() => {
    mirror.load().catch((error: unknown) => console.error('A table of the library could not be read:', error));
  }, [mirror]);
  return useSyncExternalStore(mirror.subscribe, mirror.rows);
}
