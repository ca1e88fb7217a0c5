/** Asks before a report is deleted, saying how many highlights go with it; a modal <dialog> that Esc cancels. */
import { useLiveQuery } from 'dexie-react-hooks';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { useModalDialog } from '../../lib/use-modal-dialog';

export function DeleteDialog({ reportId, title, onConfirm, onCancel }: { reportId: string; title: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  const highlights = useLiveQuery(() => library.highlights.where('reportId').equals(reportId).count(), [reportId]);
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby="delete-title" onCancel={onCancel}>
      <h2 id="delete-title">{t('delete.title')}</h2>
      <p>{t('delete.body', { title })}</p>
      {highlights !== undefined && highlights > 0 && <p className="delete-highlights">{t('delete.highlights', { count: highlights })}</p>}
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
