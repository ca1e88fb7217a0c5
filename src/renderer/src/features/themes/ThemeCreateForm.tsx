/**
 * The form that adds a theme to the codebook: a name, a colour and, if it is
 * to be nested, its parent. Enter adds it; Esc or 取消 closes the form.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createTheme } from '../../../../core/themes/codebook-operations';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { CodebookAlert } from './CodebookAlert';
import { isNameError, type CodebookErrorText } from './codebook-error';
import { themeChoices } from './theme-choices';
import { nextThemeColor } from './theme-palette';
import { ThemeColorPicker } from './ThemeColorPicker';
import type { MakeCodebookChange } from './use-codebook-change';

/**
 * The new-theme form. `parentId` is the parent it starts with (null: the top
 * level); `onCreated` gets the new theme's id once it is stored.
 */
export function ThemeCreateForm({
  themes,
  parentId: initialParentId,
  change,
  failure,
  onDismiss,
  onCreated,
  onCancel,
}: {
  themes: readonly Theme[];
  parentId: string | null;
  change: MakeCodebookChange;
  /** Why the last attempt to add was refused, or null. */
  failure: CodebookErrorText | null;
  onDismiss(): void;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const fieldId = useId();
  const [name, setName] = useState('');
  const [color, setColor] = useState(() => nextThemeColor(themes));
  const [parentId, setParentId] = useState(initialParentId ?? '');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const id = crypto.randomUUID();
    const created = await change('create', 'history.createTheme', (codebook) => createTheme(codebook, { id, name, color, parentId: parentId || null }));
    setBusy(false);
    if (created) onCreated(id);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  }

  return (
    <form className="theme-form theme-create" aria-label={t('themes.create')} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      {failure && <CodebookAlert text={failure} onDismiss={onDismiss} />}
      <label className="theme-field">
        <span>{t('themes.name')}</span>
        <input
          type="text"
          value={name}
          placeholder={t('themes.namePlaceholder')}
          aria-invalid={isNameError(failure) || undefined}
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <div className="theme-field">
        <span id={`${fieldId}-color`}>{t('themes.color')}</span>
        <ThemeColorPicker value={color} labelledBy={`${fieldId}-color`} onPick={setColor} />
      </div>
      <label className="theme-field">
        <span>{t('themes.parent')}</span>
        <select value={parentId} onChange={(event) => setParentId(event.target.value)}>
          <option value="">{t('themes.topLevel')}</option>
          {themeChoices(themes).map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <div className="theme-form-actions">
        <button type="button" className="quiet" onClick={onCancel}>
          {t('themes.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('themes.add')}
        </button>
      </div>
    </form>
  );
}
