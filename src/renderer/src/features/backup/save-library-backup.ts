/** Saving a backup of the whole library where the analyst chooses (desktop) or as a download (browser). */
import { safeFileName } from '../../../../core/export/safe-file-name';
import type { LibraryDatabase } from '../../db/db';
import type { Platform } from '../../platform/platform';
import { backupLibrary } from './library-backup';

/** What a saved backup holds; null when the analyst cancelled the save. */
export interface SavedBackup {
  reports: number;
  highlights: number;
  themes: number;
}

/** Backs `db` up and saves the file as `name`.rlbackup. */
export async function saveLibraryBackup(db: LibraryDatabase, platform: Platform, name: string): Promise<SavedBackup | null> {
  const { bytes, counts } = await backupLibrary(db);
  const { saved } = await platform.saveFile({ suggestedName: `${safeFileName(name)}.rlbackup`, bytes, extensions: ['rlbackup'] });
  return saved ? { reports: counts.reports ?? 0, highlights: counts.highlights ?? 0, themes: counts.themes ?? 0 } : null;
}
