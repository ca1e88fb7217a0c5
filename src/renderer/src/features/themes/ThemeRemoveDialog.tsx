/**
 * Asks how a theme leaves the codebook, in a modal <dialog> that Esc
 * cancels. To merge: which theme takes it in (its highlights move to the
 * target). To delete: whether its highlights simply lose it or it is merged
 * into another theme. Either way the dialog says how many highlights that
 * touches, and that Ctrl+Z undoes it.
 */
import { useId, useState } from 'react';
import type { ThemeDeletion } from '../../../../core/themes/theme-removal';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { themeChoices } from './theme-choices';

/** What the dialog is asked to do: merge the theme (into a target it asks for), or delete it. */
export type ThemeRemoval = 'merge' | 'delete';

/**
 * The dialog for removing `theme`, which `count` highlights carry, from
 * `themes` (the codebook in its order). `onConfirm` gets the analyst's
 * choice; for a merge it is always `merge-into`.
 */
export function ThemeRemoveDialog({
  removal,
  theme,
  themes,
  count,
  onConfirm,
  onCancel,
}: {
  removal: ThemeRemoval;
  theme: Theme;
  themes: readonly Theme[];
  count: number;
  onConfirm(how: ThemeDeletion): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  const id = useId();
  const [kind, setKind] = useState<ThemeDeletion['kind']>(removal === 'merge' ? 'merge-into' : 'drop');
  const [targetId, setTargetId] = useState('');
  const targets = themeChoices(themes, theme.id);
  const children = themes.filter((candidate) => candidate.parentId === theme.id).length;
  const merging = kind === 'merge-into';
  const ready = !merging || targetId !== '';

  const targetSelect = (
    <select id={`${id}-target`} value={targetId} aria-label={t('themes.mergeTarget')} disabled={!merging} onChange={(event) => setTargetId(event.target.value)}>
      <option value="">{t('themes.chooseTarget')}</option>
      {targets.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </select>
  );

  return (
    <dialog ref={dialog} className="confirm theme-remove" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onConfirm(merging ? { kind: 'merge-into', targetId } : { kind: 'drop' });
        }}
      >
        <h2 id={`${id}-title`}>{t(removal === 'merge' ? 'themes.mergeTitle' : 'themes.deleteTitle')}</h2>
        {removal === 'merge' ? (
          <>
            <label className="theme-field">
              <span>{t('themes.mergeTarget')}</span>
              {targetSelect}
            </label>
            <p>{t(count > 0 ? 'themes.mergeExplain' : 'themes.mergeExplainUnused', { name: theme.name, count })}</p>
          </>
        ) : (
          <>
            <p>{t(count > 0 ? 'themes.deleteUsed' : 'themes.deleteUnused', { name: theme.name, count })}</p>
            <fieldset className="theme-remove-choices" aria-label={t('themes.deleteTitle')}>
              <label>
                <input type="radio" name={`${id}-kind`} checked={kind === 'drop'} onChange={() => setKind('drop')} />
                <span>
                  {t('themes.deleteDrop')}
                  <small>{t('themes.deleteDropHint')}</small>
                </span>
              </label>
              <label>
                <input type="radio" name={`${id}-kind`} checked={merging} onChange={() => setKind('merge-into')} />
                <span>{t('themes.deleteMerge')}</span>
              </label>
              {targetSelect}
            </fieldset>
            {children > 0 && !merging && <p>{t('themes.deleteChildren', { count: children })}</p>}
          </>
        )}
        <p className="theme-remove-undo">{t('themes.undoHint')}</p>
        <div className="actions">
          <button type="button" onClick={onCancel} autoFocus>
            {t('themes.cancel')}
          </button>
          <button type="submit" className={removal === 'merge' ? 'primary' : 'danger'} disabled={!ready}>
            {t(removal === 'merge' ? 'themes.mergeConfirm' : 'themes.deleteConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
