/**
 * How many highlights carry each theme, across the whole library, kept live:
 * the numbers beside the codebook panel's themes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Theme, ThemeAssignment } from '../../../../core/themes/theme';
import { themeCounts } from '../../../../core/themes/theme-counts';
import { library } from '../../db/library';

/** For every theme of `themes`, the number of highlights carrying it directly (0 while loading). */
export function useThemeCounts(themes: readonly Theme[]): Map<string, number> {
  const assignments = useLiveQuery(
    async (): Promise<ThemeAssignment[]> => (await library.highlights.toArray()).map((highlight) => ({ id: highlight.id, themeIds: highlight.themeIds })),
    [],
  );
  return useMemo(() => themeCounts(themes, assignments ?? []), [themes, assignments]);
}
