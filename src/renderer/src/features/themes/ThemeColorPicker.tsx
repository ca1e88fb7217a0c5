/**
 * Choosing a theme's colour: a row of palette swatches, and the system colour
 * picker for any other colour. A colour is picked once: a swatch on click,
 * the picker when it is closed (its native `change`), not on every step of a
 * drag through it, so a recolour makes one entry in the undo history.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { THEME_PALETTE } from './theme-palette';
import { useFieldDraft } from './use-field-draft';

/** The swatches and picker for `value`, calling `onPick` with a colour the analyst settled on. */
export function ThemeColorPicker({ value, labelledBy, onPick }: { value: string; labelledBy: string; onPick(color: string): void }) {
  const { t } = useI18n();
  const custom = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useFieldDraft(value);
  useEffect(() => {
    const input = custom.current;
    if (!input) return;
    const picked = () => onPick(input.value);
    input.addEventListener('change', picked);
    return () => input.removeEventListener('change', picked);
  }, [onPick]);
  const inPalette = THEME_PALETTE.includes(value);
  return (
    <div className="theme-colors" role="group" aria-labelledby={labelledBy}>
      {THEME_PALETTE.map((color) => (
        <button
          key={color}
          type="button"
          className="theme-color"
          style={{ background: color }}
          aria-label={t('themes.paletteColor', { color })}
          aria-pressed={color === value}
          title={color}
          onClick={() => {
            if (color !== value) onPick(color);
          }}
        />
      ))}
      <input
        ref={custom}
        type="color"
        className={inPalette ? 'theme-color-custom' : 'theme-color-custom chosen'}
        aria-label={t('themes.customColor')}
        title={t('themes.customColor')}
        value={shown}
        onChange={(event) => setShown(event.target.value)}
      />
    </div>
  );
}
