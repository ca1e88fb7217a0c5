/**
 * Asks before a backup replaces the library: what the backup holds and when
 * it was made, beside what the library holds now, with the chance to back
 * the current library up first. A modal <dialog> that Esc cancels; 取消 has
 * the focus, so Enter does not replace anything.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { backupTimeText } from './backup-time-text';
import { useBackupNow } from './use-backup-now';
import type { Restore } from './use-restore';

export function RestoreDialog({ restore }: { restore: Restore }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  // After the dialog opened (which focuses its first button): 取消 is the one Enter presses.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const backup = useBackupNow();
  const pending = restore.pending;
  if (!pending) return null;
  const { manifest } = pending.backup;

  return (
    <dialog ref={dialog} className="confirm restore" aria-labelledby="restore-title" onCancel={restore.cancel}>
      <h2 id="restore-title">{t('restore.title')}</h2>
      <p>
        {t('restore.file', {
          name: pending.name,
          time: backupTimeText(manifest.createdAt),
          reports: manifest.tables.reports ?? 0,
          highlights: manifest.tables.highlights ?? 0,
          themes: manifest.tables.themes ?? 0,
        })}
      </p>
      <p className="restore-replaces">{t('restore.replaces', { ...pending.current })}</p>
      {backup.said && <p role="status">{backup.said}</p>}
      <div className="actions">
        <button type="button" className="restore-first" onClick={() => void backup.backUp()} disabled={restore.working || backup.busy}>
          {t('restore.backUpFirst')}
        </button>
        <button ref={cancel} type="button" onClick={restore.cancel} disabled={restore.working}>
          {t('restore.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => void restore.confirm()} disabled={restore.working}>
          {restore.working ? t('restore.working') : t('restore.confirm')}
        </button>
      </div>
    </dialog>
  );
}
