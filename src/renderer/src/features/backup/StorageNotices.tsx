/**
 * The notices about the library's storage, above every view: that the
 * library is open read-only (it belongs to a newer app; shown as long as the
 * app runs), that the library of earlier starts is gone (the browser deleted
 * it; until dismissed), that another window upgraded or deleted it (this
 * page let go of it: reload), and that a write failed because storage is full,
 * with the offer of a backup while there is still a library to back up.
 */
import { useState, useSyncExternalStore } from 'react';
import { storageAlerts } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { platform } from '../../platform';
import { useBackupNow } from './use-backup-now';

export function StorageNotices({ readOnlyVersion, lost }: { readOnlyVersion: number | null; lost: boolean }) {
  const { t } = useI18n();
  const problem = useSyncExternalStore(storageAlerts.subscribe, storageAlerts.current);
  const backup = useBackupNow();
  const [lostShown, setLostShown] = useState(lost);

  return (
    <>
      {readOnlyVersion !== null && (
        <p className="app-notice read-only-notice" role="status">
          {t('storage.readOnly', { version: readOnlyVersion })}
        </p>
      )}
      {lostShown && (
        <p className="app-error" role="alert">
          {t(platform.kind === 'desktop' ? 'storage.lost.desktop' : 'storage.lost.browser')}
          <button type="button" className="quiet" onClick={() => setLostShown(false)}>
            {t('storage.dismiss')}
          </button>
        </p>
      )}
      {problem === 'closed-elsewhere' && (
        <p className="app-error" role="alert">
          {t('storage.closedElsewhere')}
          <button type="button" onClick={() => location.reload()}>
            {t('storage.reload')}
          </button>
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
