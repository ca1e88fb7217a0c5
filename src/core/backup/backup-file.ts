/**
 * The library's backup file: every table of the library, row for row, in
 * one zip (`.rlbackup`), so weeks of an analyst's work go to one file and
 * come back whole. Inside: `backup.json`, what the file is (its format and
 * version, the library's database version, when it was made, how many rows
 * each table holds), and `tables/<name>.json`, each table's rows as a JSON
 * array. Reading checks all of it before anything is restored: a file that
 * is not a backup, is damaged, comes from a newer format, or holds rows
 * whose count or keys do not match what it says is refused, with a reason.
 *
 * Pure: no database here (features/backup writes and reads the library).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** What `backup.json` says the file is. */
export const BACKUP_FORMAT = 'report-library-backup';
/** The version of the file's layout this app writes and the newest it reads. */
export const BACKUP_VERSION = 1;

/** A table's name and the field that keys its rows. */
export interface BackupTable {
  name: string;
  key: string;
}

/** `backup.json`. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The library's database version when the backup was made. */
  databaseVersion: number;
  /** ISO 8601, with the writer's UTC offset. */
  createdAt: string;
  /** Rows per table. */
  tables: Record<string, number>;
}

/** A backup read back: its manifest and each table's rows. */
export interface Backup {
  manifest: BackupManifest;
  rows: Record<string, Record<string, unknown>[]>;
}

/** Why a file could not be read as a backup. */
export type BackupProblem = 'not-a-backup' | 'damaged' | 'newer-format' | 'newer-database' | 'rows-mismatch';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'BackupError';
  }
}

/** The backup file of `rows` (each named table's rows), made at `createdAt` by a library at `databaseVersion`. */
export function writeBackup(rows: Record<string, readonly unknown[]>, databaseVersion: number, createdAt: string): Uint8Array {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    databaseVersion,
    createdAt,
    tables: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])),
  };
  const files: Zippable = { 'backup.json': strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [name, list] of Object.entries(rows)) files[`tables/${name}.json`] = strToU8(JSON.stringify(list));
  return zipSync(files, { level: 6 });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file for a library at `databaseVersion` whose tables are
 * `tables`, checking everything (see the module comment); throws a
 * `BackupError` saying what is wrong.
 */
export function readBackup(bytes: Uint8Array, tables: readonly BackupTable[], databaseVersion: number): Backup {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    // A zip's first bytes with no readable zip after them: a backup cut short or corrupted on its way.
    const zipStart = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    throw new BackupError(zipStart ? 'damaged' : 'not-a-backup', `not a readable zip file: ${String(error)}`);
  }
  const manifestFile = files['backup.json'];
  if (!manifestFile) throw new BackupError('not-a-backup', 'no backup.json in the file');
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(manifestFile));
  } catch {
    throw new BackupError('damaged', 'backup.json is not JSON');
  }
  if (!isRecord(manifest) || manifest.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup', 'backup.json does not name this format');
  if (typeof manifest.version !== 'number' || typeof manifest.databaseVersion !== 'number' || typeof manifest.createdAt !== 'string' || !isRecord(manifest.tables)) {
    throw new BackupError('damaged', 'backup.json lacks its version, database version, date or tables');
  }
  if (manifest.version > BACKUP_VERSION) throw new BackupError('newer-format', `format version ${manifest.version}; this app reads up to ${BACKUP_VERSION}`);
  if (manifest.databaseVersion > databaseVersion) throw new BackupError('newer-database', `made by a library at version ${manifest.databaseVersion}; this app's is ${databaseVersion}`);
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of tables) {
    const expected = manifest.tables[table.name];
    const file = files[`tables/${table.name}.json`];
    if (typeof expected !== 'number' || !file) throw new BackupError('damaged', `the table ${table.name} is missing`);
    let list: unknown;
    try {
      list = JSON.parse(strFromU8(file));
    } catch {
      throw new BackupError('damaged', `tables/${table.name}.json is not JSON`);
    }
    if (!Array.isArray(list) || list.length !== expected) throw new BackupError('rows-mismatch', `${table.name}: ${Array.isArray(list) ? list.length : 'no'} rows, backup.json says ${expected}`);
    const keys = new Set<unknown>();
    for (const row of list) {
      if (!isRecord(row) || !(typeof row[table.key] === 'string' || typeof row[table.key] === 'number') || keys.has(row[table.key])) {
        throw new BackupError('rows-mismatch', `${table.name}: a row without its ${table.key}, or with one another row has`);
      }
      keys.add(row[table.key]);
    }
    rows[table.name] = list as Record<string, unknown>[];
  }
  return { manifest: manifest as unknown as BackupManifest, rows };
}
