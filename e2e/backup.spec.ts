/**
 * The whole library backed up from 设置 and restored, as the analyst does
 * it: the download is a backup the app reads back (core/backup) holding the
 * sample report with its highlight; after the library changed, restoring it
 * (from 设置, after a confirmation that says what is replaced) gives back the
 * library as it was. A damaged backup brought in through 导入 is refused
 * with a reason and changes nothing; cancelling the confirmation changes
 * nothing.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readBackup } from '../src/core/backup/backup-file';
import { DATABASE_NAME } from '../src/renderer/src/db/db';
import { BACKUP_TABLES } from '../src/renderer/src/features/backup/library-backup';
import { expectLibraryLength, importResults, importWithButton, libraryList, openApp, reader, SAMPLE_TITLE } from './support/app';
import { dragSelect } from './support/select-text';

const settings = (page: Page) => page.getByRole('dialog', { name: '设置' });
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: '从备份恢复资料库？' });
const painted = (page: Page) => reader(page).locator('.report-text');
const OTHER_REPORT = { name: '白石乡2025年政府工作报告.txt', mimeType: 'text/plain', buffer: Buffer.from('白石乡2025年政府工作报告\n——2025年1月9日在白石乡人民代表大会上\n各位代表：\n一、工作回顾\n守好安全生产底线，推进乡村振兴。\n') };

/** The library's native IndexedDB version. */
function databaseVersion(page: Page): Promise<number> {
  return page.evaluate(
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
}

/** 设置 → 备份整个资料库…: the downloaded file's bytes. */
async function backUp(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const download = page.waitForEvent('download');
  await settings(page).getByRole('button', { name: '备份整个资料库…' }).click();
  const file = await download;
  await expect(settings(page).getByRole('status')).toHaveText(/已备份：1 份报告，1 条划线，\d+ 个主题。/);
  await settings(page).getByRole('button', { name: '关闭' }).click();
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The sample open, with one passage tagged by key 1. */
async function sampleWithHighlight(page: Page): Promise<void> {
  await openApp(page);
  await expect(reader(page).getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await dragSelect(page, '现在，我代表石桥镇人民政府', '向大会报告工作');
  await page.keyboard.press('1');
  await expect(painted(page)).toHaveAttribute('data-highlights', '1');
}

test('设置 backs the library up to a file, and restoring it after a change gives the library back', async ({ page }) => {
  await sampleWithHighlight(page);
  const backup = await backUp(page);
  expect(backup.name).toMatch(/^资料库备份 \d{4}-\d{2}-\d{2}\.rlbackup$/);
  // IndexedDB numbers Dexie's version n as n × 10.
  const version = (await databaseVersion(page)) / 10;
  const read = readBackup(new Uint8Array(backup.bytes), BACKUP_TABLES, version);
  expect(read.rows.reports?.map((report) => report.title)).toEqual([SAMPLE_TITLE]);
  expect(read.rows.reportTexts).toHaveLength(1);
  expect(read.rows.highlights).toHaveLength(1);
  expect(read.rows.themes?.length).toBeGreaterThan(5);
  expect(read.manifest.databaseVersion).toBe(version);

  // The library changes: another report comes in, and the highlight goes.
  await importWithButton(page, OTHER_REPORT);
  await expectLibraryLength(page, 2);
  await libraryList(page).getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) }).click();
  await page.getByRole('region', { name: '批注' }).getByRole('listitem').first().click();
  await page.keyboard.press('Delete');
  await expect(painted(page)).toHaveAttribute('data-highlights', '0');

  // 设置 → 从备份恢复…: the confirmation says what the backup holds and what it replaces.
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await settings(page).getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.bytes });
  await expect(restoreDialog(page)).toContainText(`备份文件“${backup.name}”制作于`);
  await expect(restoreDialog(page)).toContainText('包含 1 份报告、1 条划线');
  await expect(restoreDialog(page)).toContainText('当前资料库（2 份报告、0 条划线）');
  await expect(restoreDialog(page).getByRole('button', { name: '取消' })).toBeFocused();
  await restoreDialog(page).getByRole('button', { name: '替换并恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已从备份恢复：1 份报告，1 条划线' })).toBeVisible();
  await expectLibraryLength(page, 1);
  await libraryList(page).getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) }).click();
  await expect(painted(page)).toHaveAttribute('data-highlights', '1');

  // And it is the library after a reload.
  await page.reload();
  await expectLibraryLength(page, 1);
  await expect(painted(page)).toHaveAttribute('data-highlights', '1');
});

test('a damaged backup brought in through 导入 is refused with a reason, and a cancelled restore changes nothing', async ({ page }) => {
  await sampleWithHighlight(page);
  const backup = await backUp(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles({ name: '坏的备份.rlbackup', mimeType: 'application/octet-stream', buffer: backup.bytes.subarray(0, backup.bytes.length >> 1) });
  await expect(page.getByRole('alert').filter({ hasText: '无法恢复“坏的备份.rlbackup”：备份文件已损坏或不完整。' })).toBeVisible();
  await expect(restoreDialog(page)).toHaveCount(0);
  await expect(importResults(page)).toHaveCount(0);

  await importWithButton(page, OTHER_REPORT);
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await again).setFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.bytes });
  await expect(restoreDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(restoreDialog(page)).toHaveCount(0);
  await expectLibraryLength(page, 2);
  await page.reload();
  await expectLibraryLength(page, 2);
});
