/**
 * A highlight's themes as small coloured tags, in the order the analyst gave
 * them; themes no longer in the codebook are left out. Nothing when none is
 * left.
 */
import type { CSSProperties } from 'react';
import type { Theme } from '../../../../core/themes/theme';

export interface ThemeTagsProps {
  themeIds: readonly string[];
  themeById: ReadonlyMap<string, Theme>;
  /** The class of the element holding the tags (it lays them out). */
  className: string;
}

export function ThemeTags({ themeIds, themeById, className }: ThemeTagsProps) {
  const themes = themeIds.map((id) => themeById.get(id)).filter((theme): theme is Theme => theme !== undefined);
  if (themes.length === 0) return null;
  return (
    <span className={className}>
      {themes.map((theme) => (
        <span key={theme.id} className="theme-tag" style={{ '--theme-color': theme.color } as CSSProperties}>
          {theme.name}
        </span>
      ))}
    </span>
  );
}
