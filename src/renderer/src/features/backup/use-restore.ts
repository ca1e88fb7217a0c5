/**
 * Restoring the library from a backup file, as the analyst does it: a file
 * chosen in 设置 or brought in through 导入 is checked first and shown with
 * what it holds beside what the library holds now; only the analyst's
 * confirmation replaces the library. A refused file, a cancel or a failed
 * write leaves the library as it was. After a restore the undo history is
 * emptied: its steps were about the library that was replaced.
 */
import { useCallback, useState } from 'react';
import { BackupError, type Backup } from '../../../../core/backup/backup-file';
import type { PickedFile } from '../../../../shared/ipc';
import { library } from '../../db/library';
import { storageProblemOf } from '../../db/storage-problem';
import { useI18n } from '../../i18n/i18n';
import { undoHistory } from '../annotate/undo';
import { checkLibraryBackup, restoreLibrary } from './library-backup';

/** A checked backup waiting for the analyst's confirmation. */
export interface PendingRestore {
  name: string;
  backup: Backup;
  /** What the library holds now, which the backup would replace. */
  current: { reports: number; highlights: number };
}

export interface Restore {
  pending: PendingRestore | null;
  working: boolean;
  /** What the last restore or refusal said, for a notice; null when there is nothing to say. */
  notice: { kind: 'done' | 'refused'; text: string } | null;
  /** Checks `file` and asks for confirmation, or says why it cannot be restored. */
  offer(file: PickedFile): Promise<void>;
  /** Replaces the library with the pending backup. */
  confirm(): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

/** The restore flow; `onRestored` runs after the library was replaced (the app closes the report that was open). */
export function useRestore(onRestored: () => void): Restore {
  const { t, error: errorText } = useI18n();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState<Restore['notice']>(null);

  /** Why a backup could not be restored, in words. */
  const reason = useCallback(
    (failure: unknown): string => {
      if (failure instanceof BackupError) return t(`restore.problem.${failure.problem}`);
      const problem = storageProblemOf(failure);
      if (problem) return t(`storage.problem.${problem}`);
      if (failure instanceof Error && 'code' in failure && typeof failure.code === 'string') return errorText(failure.code);
      return t('restore.problem.write', { detail: failure instanceof Error ? failure.message : String(failure) });
    },
    [t, errorText],
  );

  const offer = useCallback(
    async (file: PickedFile) => {
      setNotice(null);
      try {
        if (!file.ok) throw Object.assign(new Error(file.error.detail), { code: file.error.code });
        const backup = checkLibraryBackup(library, file.bytes);
        const [reports, highlights] = await Promise.all([library.reports.count(), library.highlights.count()]);
        setPending({ name: file.name, backup, current: { reports, highlights } });
      } catch (failure) {
        setNotice({ kind: 'refused', text: t('restore.refused', { name: file.name, reason: reason(failure) }) });
      }
    },
    [t, reason],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    setWorking(true);
    try {
      await restoreLibrary(library, pending.backup);
      undoHistory.clear();
      const counts = pending.backup.manifest.tables;
      setNotice({ kind: 'done', text: t('restore.done', { reports: counts.reports ?? 0, highlights: counts.highlights ?? 0, themes: counts.themes ?? 0 }) });
      onRestored();
    } catch (failure) {
      setNotice({ kind: 'refused', text: t('restore.refused', { name: pending.name, reason: reason(failure) }) });
    } finally {
      setWorking(false);
      setPending(null);
    }
  }, [pending, t, reason, onRestored]);

  return {
    pending,
    working,
    notice,
    offer,
    confirm,
    cancel: useCallback(() => setPending(null), []),
    dismiss: useCallback(() => setNotice(null), []),
  };
}
