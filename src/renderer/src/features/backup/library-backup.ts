/**
 * Backing the whole library up to one file and restoring it: every report
 * with its text, every highlight, the codebook and the settings (the file's
 * layout is core/backup/backup-file). A backup is read in one transaction,
 * so it is one moment of the library. A restore replaces the library in one
 * transaction after the whole file has been checked: afterwards every table
 * is the backup's, or, if anything fails, nothing has changed.
 *
 * A backup made before the library's current version is brought up to it as
 * the database's own upgrades would (the defaults version 2 gave); one made
 * by a newer app is refused rather than guessed at.
 */
import { readBackup, writeBackup, type Backup, type BackupTable } from '../../../../core/backup/backup-file';
import { withVersion2Report, withVersion2Text, type LibraryDatabase, type ReportRecord, type ReportTextRecord } from '../../db/db';
import { localIsoTime } from '../../lib/local-time';

/** The library's tables, each with the field that keys its rows. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'reports', key: 'id' },
  { name: 'reportTexts', key: 'reportId' },
  { name: 'highlights', key: 'id' },
  { name: 'themes', key: 'id' },
  { name: 'settings', key: 'key' },
];

/** A backup: the file, and the rows of each table it holds. */
export interface LibraryBackup {
  bytes: Uint8Array;
  counts: Record<string, number>;
}

/** The backup file of `db` as it is now. */
export async function backupLibrary(db: LibraryDatabase, now: Date = new Date()): Promise<LibraryBackup> {
  const tables = BACKUP_TABLES.map((table) => db.table(table.name));
  const rows = await db.transaction('r', tables, async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const))));
  return { bytes: writeBackup(rows, db.verno, localIsoTime(now)), counts: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])) };
}

/**
 * A backup file checked against the library `db` (see core/backup), with
 * anything older than the library's version brought up to it: ready to be
 * shown to the analyst and restored. Throws a `BackupError` saying what is
 * wrong with a file that cannot be restored.
 */
export function checkLibraryBackup(db: LibraryDatabase, bytes: Uint8Array): Backup {
  const backup = readBackup(bytes, BACKUP_TABLES, db.verno);
  if (backup.manifest.databaseVersion < 2) {
    for (const report of backup.rows.reports ?? []) withVersion2Report(report as Partial<ReportRecord>);
    for (const body of backup.rows.reportTexts ?? []) withVersion2Text(body as Partial<ReportTextRecord>);
  }
  return backup;
}

/**
 * Replaces the library in `db` with `backup` (checked by
 * {@link checkLibraryBackup}) in one transaction: afterwards every table is
 * the backup's or, if anything fails, nothing has changed.
 */
export async function restoreLibrary(db: LibraryDatabase, backup: Backup): Promise<void> {
  const tables = BACKUP_TABLES.map((table) => db.table(table.name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) {
      await table.clear();
      await table.bulkAdd(backup.rows[table.name] ?? []);
    }
  });
}
