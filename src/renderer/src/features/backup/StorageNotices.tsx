/**
 * The notices about the library's storage, above every view: that the
 * library is open read-only (it belongs to a newer app; shown as long as the
 * app runs), and that a write failed because storage is full, with the
 * offer of a backup while there is still a library to back up.
 */
import { useState, useSyncExternalStore } from 'react';
import { library, storageAlerts } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/local-time';
import { platform } from '../../platform';
import { saveLibraryBackup } from './save-library-backup';

export function StorageNotices({ readOnlyVersion }: { readOnlyVersion: number | null }) {
  const { t } = useI18n();
  const problem = useSyncExternalStore(storageAlerts.subscribe, storageAlerts.current);
  const [saved, setSaved] = useState<string | null>(null);

  async function backUp() {
    try {
      const done = await saveLibraryBackup(library, platform, t('backup.fileName', { date: today() }));
      if (done) setSaved(t('backup.saved', { ...done }));
    } catch (failure) {
      setSaved(t('backup.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

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
          <button type="button" onClick={() => void backUp()}>
            {t('storage.fullBackup')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setSaved(null);
              storageAlerts.dismiss();
            }}
          >
            {t('storage.dismiss')}
          </button>
          {saved && <span role="status">{saved}</span>}
        </div>
      )}
    </>
  );
}
