/** Asks before a report is deleted; a modal <dialog> that Esc cancels. */
import { useI18n } from '../../i18n/i18n';
import { useModalDialog } from '../../lib/use-modal-dialog';

export function DeleteDialog({ title, onConfirm, onCancel }: { title: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby="delete-title" onCancel={onCancel}>
      <h2 id="delete-title">{t('delete.title')}</h2>
      <p>{t('delete.body', { title })}</p>
      <div className="actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('delete.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('delete.confirm')}
        </button>
      </div>
    </dialog>
  );
}
