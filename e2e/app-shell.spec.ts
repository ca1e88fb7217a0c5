/** The window around the library and reader: language, About. */
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the interface switches to English and back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '切换为英文界面' }).click();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeVisible();
});

test('关于 tells the version and where the library is kept', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '关于' }).click();
  const about = page.getByRole('dialog', { name: '政府工作报告阅读器' });
  await expect(about).toContainText(/版本 \d+\.\d+\.\d+/);
  await expect(about).toContainText('浏览器的本地存储');
  await about.getByRole('button', { name: '关闭' }).click();
  await expect(about).toBeHidden();
});
