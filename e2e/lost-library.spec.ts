/**
 * A library the browser lost (Chromium deletes a database it finds
 * corrupted after a crash, and the app would otherwise start afresh as if
 * never used) is said to be lost at the next start, pointing to the backups.
 */
import { expect, test } from '@playwright/test';
import { DATABASE_NAME } from '../src/renderer/src/db/db';
import { openApp } from './support/app';

test('a start that finds no library where one was says it was lost, once', async ({ page }) => {
  await openApp(page);
  await page.reload();
  await openApp(page);
  const lost = page.getByRole('alert').filter({ hasText: '之前的资料库已不在此浏览器中' });
  await expect(lost).toHaveCount(0);

  // What Chromium's recovery does to a corrupted database: it is gone.
  await page.evaluate((name) => new Promise((resolve, reject) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: reject })), DATABASE_NAME);
  await page.reload();
  await expect(lost).toContainText('设置 → 从备份恢复…');
  await lost.getByRole('button', { name: '关闭' }).click();
  await expect(lost).toHaveCount(0);

  await page.reload();
  await openApp(page);
  await expect(lost).toHaveCount(0);
});
