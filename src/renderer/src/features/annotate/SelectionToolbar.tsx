/**
 * The small toolbar under a selected passage: the codebook's first themes,
 * each with its key, the rest in a list, and the note. It never takes the
 * focus, so the selection stays and the keys keep working.
 */
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { floatingPosition } from './floating-position';

/** How many themes have a key (1–9) and a button of their own. */
export const KEYED_THEMES = 9;

export interface SelectionToolbarProps {
  themes: readonly Theme[];
  rect: DOMRect;
  onTheme(themeId: string): void;
  onNote(): void;
}

export function SelectionToolbar({ themes, rect, onTheme, onNote }: SelectionToolbarProps) {
  const { t } = useI18n();
  const keyed = themes.slice(0, KEYED_THEMES);
  const rest = themes.slice(KEYED_THEMES);
  // Buttons act on mousedown, before the click could move the selection away.
  const act = (action: () => void) => (event: React.MouseEvent) => {
    event.preventDefault();
    action();
  };
  return (
    <div className="selection-toolbar floating" role="toolbar" aria-label={t('annotate.toolbar')} style={floatingPosition(rect, 440, 84)}>
      {keyed.map((theme, index) => (
        <button
          key={theme.id}
          type="button"
          className="theme-chip"
          style={{ '--theme-color': theme.color } as React.CSSProperties}
          title={t('annotate.applyTheme', { name: theme.name, key: index + 1 })}
          onMouseDown={act(() => onTheme(theme.id))}
        >
          <kbd>{index + 1}</kbd>
          {theme.name}
        </button>
      ))}
      {rest.length > 0 && (
        <select
          className="theme-more"
          aria-label={t('annotate.moreThemes')}
          value=""
          onChange={(event) => {
            if (event.target.value) onTheme(event.target.value);
          }}
        >
          <option value="">{t('annotate.moreThemes')}</option>
          {rest.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="quiet note-button" title={t('annotate.noteTitle')} onMouseDown={act(onNote)}>
        <kbd>N</kbd>
        {t('annotate.note')}
      </button>
    </div>
  );
}
