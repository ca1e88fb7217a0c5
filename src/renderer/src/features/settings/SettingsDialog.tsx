/**
 * 设置: where the library is kept and how safe it is there (persistent
 * storage granted or not, space used), and its backups: back up now, restore
 * from a backup, and in the desktop app where the automatic backups go.
 */
import { useEffect, useState } from 'react';
import type { AutoBackupStatus, PickedFile } from '../../../../shared/ipc';
import { useI18n } from '../../i18n/i18n';
import { localIsoTime } from '../../lib/local-time';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { platform } from '../../platform';
import { backupTimeText } from '../backup/backup-time-text';
import { useBackupNow } from '../backup/use-backup-now';
import { bytesText, storageState, type StorageState } from './storage-persistence';

export function SettingsDialog({ onClose, onRestoreFile }: { onClose(): void; onRestoreFile(file: PickedFile): void }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  const [storage, setStorage] = useState<StorageState | null>(null);
  const [auto, setAuto] = useState<AutoBackupStatus | null | undefined>(undefined);
  const backup = useBackupNow();

  useEffect(() => {
    let live = true;
    void storageState().then((state) => live && setStorage(state));
    platform
      .autoBackupStatus()
      .then((status) => live && setAuto(status))
      .catch((error: unknown) => console.warn('The automatic backups could not be looked at:', error));
    return () => {
      live = false;
    };
  }, []);

  async function restore() {
    const file = await platform.pickBackupFile();
    if (!file) return;
    onClose();
    onRestoreFile(file);
  }

  return (
    <dialog ref={dialog} className="confirm settings" aria-labelledby="settings-title" onCancel={onClose}>
      <h2 id="settings-title">{t('settings.title')}</h2>
      <section aria-labelledby="settings-storage">
        <h3 id="settings-storage">{t('settings.storage')}</h3>
        {storage && (
          <p className="settings-persisted">
            {t(storage.persisted === true ? 'settings.persisted' : storage.persisted === false ? 'settings.notPersisted' : 'settings.persistUnknown')}
          </p>
        )}
        {storage?.usage != null && storage.quota != null && <p>{t('settings.usage', { used: bytesText(storage.usage), quota: bytesText(storage.quota) })}</p>}
      </section>
      <section aria-labelledby="settings-backup">
        <h3 id="settings-backup">{t('settings.backup')}</h3>
        <p className="settings-hint">{t('settings.backupHint')}</p>
        <div className="settings-actions">
          <button type="button" title={t('backup.saveTitle')} disabled={backup.busy} onClick={() => void backup.backUp()}>
            {t('backup.save')}
          </button>
          <button type="button" title={t('backup.restoreTitle')} disabled={backup.busy} onClick={() => void restore()}>
            {t('backup.restore')}
          </button>
        </div>
        {backup.said && <p role="status">{backup.said}</p>}
        {auto !== undefined && (
          <p className="settings-hint">
            {auto === null
              ? t('settings.autoBrowser')
              : auto.latest === null
                ? t('settings.autoNone', { folder: auto.folder })
                : t('settings.auto', { folder: auto.folder, kept: auto.kept, time: backupTimeText(localIsoTime(new Date(auto.latest))) })}
          </p>
        )}
      </section>
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('settings.close')}
        </button>
      </div>
    </dialog>
  );
}
