/**
 * The whole library backed up to one file from 项目交换: the download is a
 * backup the app reads back (core/backup), holding the sample report, its
 * text, the codebook and the settings the first start wrote.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readBackup } from '../src/core/backup/backup-file';
import { DATABASE_NAME } from '../src/renderer/src/db/db';
import { BACKUP_TABLES } from '../src/renderer/src/features/backup/library-backup';
import { openApp, SAMPLE_TITLE } from './support/app';

test('备份整个资料库 downloads a backup holding every table of the library', async ({ page }) => {
  await openApp(page);
  const version = await page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
        request.onerror = () => reject(request.error);
      }),
    DATABASE_NAME,
  );
  await page.getByRole('button', { name: '摘录', exact: true }).click();
  await page.getByRole('button', { name: '项目交换' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '备份整个资料库（.rlbackup）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^资料库备份 \d{4}-\d{2}-\d{2}\.rlbackup$/);
  await expect(page.getByText(/已备份：1 份报告，0 条划线，\d+ 个主题。/)).toBeVisible();

  // IndexedDB numbers Dexie's version n as n × 10.
  const backup = readBackup(new Uint8Array(await readFile((await file.path())!)), BACKUP_TABLES, version / 10);
  expect(backup.rows.reports?.map((report) => report.title)).toEqual([SAMPLE_TITLE]);
  expect(backup.rows.reportTexts).toHaveLength(1);
  expect(backup.rows.themes?.length).toBeGreaterThan(5);
  expect(backup.manifest.databaseVersion).toBe(version / 10);
});
