import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBackup, BackupError } from '../../../../core/backup/backup-file';
import { LibraryDatabase } from '../../db/db';
import { newHighlightRecord } from '../annotate/new-highlight';
import { importText } from '../library/fixtures/import-text';
import { BACKUP_TABLES, backupLibrary, checkLibraryBackup, restoreLibrary } from './library-backup';

const report = (place: string, line: string) => `${place}2024年政府工作报告\n——2024年1月8日在${place}人民代表大会上\n各位代表：\n一、工作回顾\n${line}`;
const NOW = '2026-11-22T08:00:00.000Z';

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = new LibraryDatabase(`backup-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** A library with two reports, a codebook, highlights with a note and a setting. */
async function fill(): Promise<void> {
  const first = await importText(db, '清水镇.txt', report('清水镇', '持续优化营商环境，推进乡村振兴。'));
  await importText(db, '白石乡.txt', report('白石乡', '守好安全生产底线。'));
  await db.themes.bulkAdd([
    { id: 't1', name: '乡村振兴', color: '#6a9f3a', parentId: null, order: 0, description: '', keywords: ['乡村振兴'] },
    { id: 't2', name: '营商环境', color: '#3a6a9f', parentId: 't1', order: 1, description: '优化营商环境', keywords: [] },
  ] as never);
  const text = (await db.reportTexts.get(first))!.text;
  const at = text.indexOf('乡村振兴');
  await db.highlights.add({ ...newHighlightRecord({ reportId: first, text, start: at, end: at + 4, themeIds: ['t1', 't2'], textHash: 'h', now: NOW }), note: '与上年对比' });
  await db.settings.put({ key: 'report-reader.font-size', value: 17 });
}

/** Every table's rows, by key. */
async function everything(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (table) => [table.name, await db.table(table.name).toArray()])));
}

describe('backing up and restoring the library', () => {
  it('backs up, wipes, restores and finds everything equal', async () => {
    await fill();
    const before = await everything();
    expect(before.reports).toHaveLength(2);
    expect(before.highlights).toHaveLength(1);
    const { bytes: file, counts } = await backupLibrary(db, new Date(NOW));
    expect(counts).toEqual({ reports: 2, reportTexts: 2, highlights: 1, themes: 2, settings: 1 });

    for (const table of BACKUP_TABLES) await db.table(table.name).clear();
    expect((await everything()).reports).toEqual([]);

    const backup = checkLibraryBackup(db, file);
    expect(new Date(backup.manifest.createdAt).toISOString()).toBe(NOW);
    expect(backup.manifest.tables).toMatchObject({ reports: 2, highlights: 1, themes: 2 });
    await restoreLibrary(db, backup);
    expect(await everything()).toEqual(before);
  });

  it('replaces what the library holds now with the backup, not adds to it', async () => {
    await fill();
    const { bytes: file } = await backupLibrary(db);
    const before = await everything();
    await importText(db, '河西县.txt', report('河西县', '深化放管服改革。'));
    await db.highlights.clear();
    await restoreLibrary(db, checkLibraryBackup(db, file));
    expect(await everything()).toEqual(before);
  });

  it('leaves the library untouched when the file is not a backup', async () => {
    await fill();
    const before = await everything();
    expect(() => checkLibraryBackup(db, new TextEncoder().encode('这不是备份文件'))).toThrow(BackupError);
    expect(await everything()).toEqual(before);
  });

  it('leaves the library untouched when writing the backup fails halfway', async () => {
    await fill();
    const before = await everything();
    // Two reports from the same place of the same file: the file reads as a backup, but the library's unique index refuses the second, after the tables were cleared.
    const clash = (id: string) => ({ ...(before.reports?.[0] as object), id });
    const file = writeBackup({ ...before, reports: [clash('x1'), clash('x2')] }, 4, NOW);
    await expect(restoreLibrary(db, checkLibraryBackup(db, file))).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('brings a backup made before version 2 up to the library’s version', async () => {
    const old = { id: 'r1', title: '安平乡2023年政府工作报告', place: '安平乡', placeLevel: '乡', year: 2023, size: 5, sourceHash: 'a', sourceIndex: 0, sourceName: '安平乡.txt', encoding: 'utf-8', importedAt: NOW, sample: false };
    const file = writeBackup({ reports: [old], reportTexts: [{ reportId: 'r1', text: '安平乡报告', blocks: [] }], highlights: [], themes: [], settings: [] }, 1, NOW);
    await restoreLibrary(db, checkLibraryBackup(db, file));
    expect(await db.reports.get('r1')).toMatchObject({ ...old, region: null, summary: null, incomplete: false, warnings: [] });
    expect((await db.reportTexts.get('r1'))?.hidden).toEqual([]);
  });
});
