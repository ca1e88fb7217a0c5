import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BackupError, readBackup, writeBackup, type BackupTable } from './backup-file';

const TABLES: BackupTable[] = [
  { name: 'reports', key: 'id' },
  { name: 'settings', key: 'key' },
];
const ROWS = {
  reports: [
    { id: 'r1', title: '清水镇2024年政府工作报告', year: 2024, warnings: ['images dropped'] },
    { id: 'r2', title: '白石乡2023年政府工作报告', year: null, warnings: [] },
  ],
  settings: [{ key: 'sample-added', value: true }],
};
const WHEN = '2026-11-22T16:00:00+08:00';

/** What `readBackup` throws for `bytes`, as its problem. */
function problemOf(bytes: Uint8Array, databaseVersion = 4): string {
  try {
    readBackup(bytes, TABLES, databaseVersion);
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  return 'read';
}

/** A backup zip with `backup.json` and table files as given. */
const zipOf = (files: Record<string, unknown>) => zipSync(Object.fromEntries(Object.entries(files).map(([name, value]) => [name, strToU8(typeof value === 'string' ? value : JSON.stringify(value))])));
const manifest = (changes: Record<string, unknown> = {}) => ({ format: BACKUP_FORMAT, version: 1, databaseVersion: 4, createdAt: WHEN, tables: { reports: 2, settings: 1 }, ...changes });

describe('the backup file', () => {
  it('gives back every row of every table as written, with what the file says of itself', () => {
    const backup = readBackup(writeBackup(ROWS, 4, WHEN), TABLES, 4);
    expect(backup.rows).toEqual(ROWS);
    expect(backup.manifest).toEqual({ format: BACKUP_FORMAT, version: 1, databaseVersion: 4, createdAt: WHEN, tables: { reports: 2, settings: 1 } });
  });

  it('reads a backup made by an older library', () => {
    expect(readBackup(writeBackup(ROWS, 2, WHEN), TABLES, 4).manifest.databaseVersion).toBe(2);
  });

  it('refuses a file that is not a backup', () => {
    expect(problemOf(strToU8('乡村振兴'))).toBe('not-a-backup');
    expect(problemOf(zipOf({ 'word/document.xml': '<w:document/>' }))).toBe('not-a-backup');
    expect(problemOf(zipOf({ 'backup.json': { format: 'something-else' } }))).toBe('not-a-backup');
  });

  it('refuses a damaged backup', () => {
    expect(problemOf(zipOf({ 'backup.json': '{"format": ' }))).toBe('damaged');
    expect(problemOf(zipOf({ 'backup.json': manifest({ tables: undefined }) }))).toBe('damaged');
    expect(problemOf(zipOf({ 'backup.json': manifest(), 'tables/reports.json': ROWS.reports }))).toBe('damaged');
    expect(problemOf(zipOf({ 'backup.json': manifest(), 'tables/reports.json': '[{"id":', 'tables/settings.json': ROWS.settings }))).toBe('damaged');
    const whole = writeBackup(ROWS, 4, WHEN);
    expect(problemOf(whole.slice(0, whole.length - 40))).toBe('damaged');
    expect(problemOf(whole.slice(0, whole.length >> 1))).toBe('damaged');
  });

  it('refuses rows that do not match what the file says, or share a key', () => {
    expect(problemOf(zipOf({ 'backup.json': manifest(), 'tables/reports.json': ROWS.reports.slice(1), 'tables/settings.json': ROWS.settings }))).toBe('rows-mismatch');
    expect(problemOf(zipOf({ 'backup.json': manifest(), 'tables/reports.json': [ROWS.reports[0], ROWS.reports[0]], 'tables/settings.json': ROWS.settings }))).toBe('rows-mismatch');
    expect(problemOf(zipOf({ 'backup.json': manifest(), 'tables/reports.json': [{ title: '无编号' }, ROWS.reports[1]], 'tables/settings.json': ROWS.settings }))).toBe('rows-mismatch');
  });

  it('refuses a backup from a newer format or a newer library, rather than guess at it', () => {
    expect(problemOf(zipOf({ 'backup.json': manifest({ version: 2 }), 'tables/reports.json': ROWS.reports, 'tables/settings.json': ROWS.settings }))).toBe('newer-format');
    expect(problemOf(writeBackup(ROWS, 5, WHEN), 4)).toBe('newer-database');
  });
});
