/**
 * A full disk, for real: the browser's profile is put on a small RAM disk
 * (tmpfs, 64 MB) and filled until IndexedDB refuses to write. Then a
 * highlight is not saved, and the app says so in plain words, offers a
 * backup (which works: it only reads), and keeps the passage chosen; once
 * space is freed, the same key saves it. Mounting needs root: elsewhere the
 * test skips, saying so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import config from '../playwright.config';
import { libraryItems, reader, SAMPLE_TITLE } from './support/app';
import { dragSelect } from './support/select-text';

/** A 64 MB tmpfs mounted at a fresh folder, or why there is none. */
function mountSmallDisk(): { folder: string } | { reason: string } {
  const folder = mkdtempSync(join(tmpdir(), 'full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', folder], { stdio: 'pipe' });
    return { folder };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    return { reason: `a small disk cannot be mounted here (${String(error).split('\n')[0]}), so a full disk cannot be made` };
  }
}

const disk = mountSmallDisk();
let context: BrowserContext | undefined;

test.afterAll(async () => {
  await context?.close();
  if ('folder' in disk) {
    execFileSync('umount', [disk.folder]);
    rmSync(disk.folder, { recursive: true, force: true });
  }
});

/** Fills the origin's storage with a database of its own, in ever smaller pieces, until nothing more fits. */
function fillTheDisk(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('filler', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('junk', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const put = (size: number) =>
      new Promise<boolean>((resolve) => {
        // Random bytes, so that the database's compression cannot shrink them.
        const bytes = new Uint8Array(size);
        for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
        const transaction = db.transaction('junk', 'readwrite');
        transaction.objectStore('junk').add(bytes);
        transaction.oncomplete = () => resolve(true);
        transaction.onabort = () => resolve(false);
      });
    let written = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
      for (let failures = 0; failures < 3; ) {
        if (await put(size)) written += size;
        else failures += 1;
      }
    }
    db.close();
    return written;
  });
}

test('on a full disk a highlight is not saved, the app says so and offers a backup, and the same key saves it once there is room', async () => {
  test.skip('reason' in disk, 'reason' in disk ? disk.reason : '');
  if (!('folder' in disk)) return;
  const chromiumProject = config.projects?.find((project) => project.name === 'chromium');
  context = await chromium.launchPersistentContext(join(disk.folder, 'profile'), {
    ...chromiumProject?.use?.launchOptions,
    baseURL: config.use?.baseURL,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(libraryItems(page).first()).toBeVisible();
  await expect(reader(page).getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();

  expect(await fillTheDisk(page)).toBeGreaterThan(10 << 20);

  await dragSelect(page, '现在，我代表石桥镇人民政府', '向大会报告工作');
  await page.keyboard.press('1');
  const notice = page.getByRole('alert').filter({ hasText: '存储空间已满：刚才的操作没有保存' });
  await expect(notice).toBeVisible();
  await expect(reader(page).getByRole('alert')).toContainText('存储空间已满，没有保存。');
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '0');
  // The passage is still chosen: its toolbar is there to try again.
  await expect(page.getByRole('toolbar', { name: '为选中的段落添加主题' })).toBeVisible();

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: '备份资料库…' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.rlbackup$/);
  await expect(notice.getByRole('status')).toContainText('已备份：1 份报告，0 条划线');

  await page.evaluate(() => new Promise((resolve, reject) => Object.assign(indexedDB.deleteDatabase('filler'), { onsuccess: resolve, onerror: reject })));
  await page.keyboard.press('1');
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '1');
  await notice.getByRole('button', { name: '关闭' }).click();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '1');
});
