/**
 * Backing the library up at the analyst's request (设置, the restore
 * confirmation, the full-disk notice): saves the backup where the analyst
 * chooses and keeps what happened in words, for the place that asked.
 */
import { useCallback, useState } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/local-time';
import { platform } from '../../platform';
import { saveLibraryBackup } from './save-library-backup';

export interface BackupNow {
  busy: boolean;
  /** What the last backup said (saved, with its counts, or why not); null before one or after `clear`. */
  said: string | null;
  backUp(): Promise<void>;
  clear(): void;
}

export function useBackupNow(): BackupNow {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const backUp = useCallback(async () => {
    setBusy(true);
    try {
      const done = await saveLibraryBackup(library, platform, t('backup.fileName', { date: today() }));
      if (done) setSaid(t('backup.saved', { ...done }));
    } catch (failure) {
      setSaid(t('backup.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  }, [t]);
  return { busy, said, backUp, clear: useCallback(() => setSaid(null), []) };
}
