/**
 * The notices about the library's storage, above every view: that the
 * library is open read-only (it belongs to a newer app; shown as long as the
 * app runs), and that a write failed because storage is full, with the
 * offer of a backup while there is still a library to back up.
 */
import { useSyncExternalStore } from 'react';
import { storageAlerts } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { useBackupNow } from './use-backup-now';

export function StorageNotices({ readOnlyVersion }: { readOnlyVersion: number | null }) {
  const { t } = useI18n();
  const problem = useSyncExternalStore(storageAlerts.subscribe, storageAlerts.current);
  const backup = useBackupNow();

  return (
    <>
      {readOnlyVersion !== null && (
        <p className="app-notice read-only-notice" role="status">
          {t('storage.readOnly', { version: readOnlyVersion })}
        </p>
      )}
      {problem === 'storage-full' && (
        <div className="app-error storage-full" role="alert">
          <span>{t('storage.full')}</span>
          <button type="button" disabled={backup.busy} onClick={() => void backup.backUp()}>
            {t('storage.fullBackup')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              backup.clear();
              storageAlerts.dismiss();
            }}
          >
            {t('storage.dismiss')}
          </button>
          {backup.said && <span role="status">{backup.said}</span>}
        </div>
      )}
    </>
  );
}
