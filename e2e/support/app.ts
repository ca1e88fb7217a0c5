/** Page helpers for the app's accessible landmarks. */
import { expect, type FileChooser, type Page } from '@playwright/test';

export const SAMPLE_TITLE = '青禾县石桥镇2024年政府工作报告';

export const libraryList = (page: Page) => page.getByRole('list', { name: '报告库' });
export const reader = (page: Page) => page.getByRole('main', { name: '阅读' });
export const libraryItems = (page: Page) => libraryList(page).getByRole('listitem');

/** Opens the app and waits for the library to show its first report. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(libraryItems(page).first()).toBeVisible();
}

/** Imports files with the 导入 button, through the browser's file chooser. */
export async function importWithButton(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
}
