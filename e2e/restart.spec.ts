/**
 * Close the browser, open it again on the same profile: the library and the
 * report that was open are still there, as after quitting the desktop app.
 */
import { chromium, expect, test } from '@playwright/test';
import { importWithButton, libraryItems, reader } from './support/app';

test('the library survives closing and reopening the browser', async ({ baseURL }, testInfo) => {
  const profile = testInfo.outputPath('profile');
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 860 },
    });

  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(libraryItems(page)).toHaveCount(1);
  await importWithButton(page, { name: '南湖街道.txt', mimeType: 'text/plain', buffer: Buffer.from('南湖街道2024年政府工作报告\n各位代表：\n现在，我代表街道办事处报告工作。', 'utf8') });
  await expect(reader(page).getByRole('heading', { level: 1, name: '南湖街道2024年政府工作报告' })).toBeVisible();
  await context.close();

  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(reader(page).getByRole('heading', { level: 1, name: '南湖街道2024年政府工作报告' })).toBeVisible();
  await expect(reader(page)).toContainText('地点：南湖街道');
  await context.close();
});
