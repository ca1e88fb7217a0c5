/**
 * A library a newer version of the app has written (its database version 6,
 * a table of its own) is never changed by this version: with every table and
 * index this version reads, it opens read-only, says so, shows the reports
 * and refuses a highlight in plain words; without them, it is not opened at
 * all. Either way the database is as the newer app left it, also while a
 * page of this version was open during the upgrade: it lets go and says so.
 */
import { expect, test, type Page } from '@playwright/test';
import { DATABASE_NAME } from '../src/renderer/src/db/db';
import { expectLibraryLength, openApp, reader, SAMPLE_TITLE } from './support/app';
import { dragSelect } from './support/select-text';

interface Stored {
  version: number;
  stores: string[];
  reportIndexes: string[];
  reviews: unknown[];
  highlights: number;
}

/** Upgrades the library as a newer app would (to native version 60, with a `reviews` table holding a row), dropping the `reports` indexes named; the app's connection closes for it. */
function upgradeAsNewerApp(page: Page, dropIndexes: string[]): Promise<void> {
  return page.evaluate(
    ({ name, dropIndexes }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 60);
        request.onupgradeneeded = () => {
          const reviews = request.result.createObjectStore('reviews', { keyPath: 'id' });
          reviews.put({ id: 1, verdict: '已复核' });
          const reports = request.transaction!.objectStore('reports');
          for (const index of dropIndexes) reports.deleteIndex(index);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the app did not let go of the library'));
      }),
    { name: DATABASE_NAME, dropIndexes },
  );
}

/** The library as stored, read with IndexedDB alone (no version asked, so nothing is upgraded). */
function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    (name) =>
      new Promise<Stored>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['reports', 'reviews', 'highlights'], 'readonly');
          const reviews = transaction.objectStore('reviews').getAll();
          const highlights = transaction.objectStore('highlights').count();
          const reportIndexes = [...transaction.objectStore('reports').indexNames];
          transaction.oncomplete = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], reportIndexes, reviews: reviews.result, highlights: highlights.result });
            db.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
    DATABASE_NAME,
  );
}

test('a newer library this version can read opens read-only, says so, and refuses a highlight, changing nothing', async ({ page }) => {
  await openApp(page);
  await upgradeAsNewerApp(page, []);
  const before = await stored(page);
  expect(before).toMatchObject({ version: 60, reviews: [{ id: 1, verdict: '已复核' }], highlights: 0 });

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '此资料库由更新版本的应用（数据库版本 6）保存' })).toContainText('以只读方式打开');
  await expectLibraryLength(page, 1);
  await expect(reader(page).getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();

  await dragSelect(page, '现在，我代表石桥镇人民政府', '向大会报告工作');
  await page.keyboard.press('1');
  await expect(reader(page).getByRole('alert')).toContainText('资料库由更新版本的应用保存，当前为只读。');
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '0');

  await page.reload();
  await expectLibraryLength(page, 1);
  expect(await stored(page)).toEqual(before);
});

test('a newer library missing an index this version needs is not opened, and stays as it was', async ({ page }) => {
  await openApp(page);
  await upgradeAsNewerApp(page, ['size']);
  // The running page let go of the library for the upgrade and does not open it again (it would add the index back).
  await expect(page.getByRole('alert').filter({ hasText: '资料库已在另一个窗口中被升级或删除' })).toBeVisible();
  const before = await stored(page);
  expect(before.version).toBe(60);
  expect(before.reportIndexes).not.toContain('size');

  await page.reload();
  await expect(page.getByRole('alert')).toContainText('此资料库由更新版本的应用（数据库版本 6）保存，其结构本版本无法读取');
  await expect(page.getByRole('list', { name: '报告库' })).toHaveCount(0);
  expect(await stored(page)).toEqual(before);
});
