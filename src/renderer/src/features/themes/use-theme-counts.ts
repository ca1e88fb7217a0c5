/**
 * How many highlights carry each theme, across the whole library, kept live:
 * the numbers beside the codebook panel's themes. Counted in the highlights'
 * `themeIds` index (multi-entry: a highlight counts once per theme it
 * carries), so a library of fifty thousand highlights is never read whole
 * to show a dozen numbers.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { library } from '../../db/library';

/** For every theme of `themes`, the number of highlights carrying it directly (0 while loading). */
export function useThemeCounts(themes: readonly Theme[]): Map<string, number> {
  const ids = useMemo(() => themes.map((theme) => theme.id), [themes]);
  const counts = useLiveQuery(async () => new Map(await Promise.all(ids.map(async (id) => [id, await library.highlights.where('themeIds').equals(id).count()] as const))), [ids]);
  return useMemo(() => new Map(ids.map((id) => [id, counts?.get(id) ?? 0])), [ids, counts]);
}
