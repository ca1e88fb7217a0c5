/** Page helpers for the app's accessible landmarks. */
import { basename } from 'node:path';
import { expect, type FileChooser, type Page } from '@playwright/test';

export const SAMPLE_TITLE = '青禾县石桥镇2024年政府工作报告';

export const libraryList = (page: Page) => page.getByRole('list', { name: '报告库' });
export const reader = (page: Page) => page.getByRole('main', { name: '阅读' });
export const libraryItems = (page: Page) => libraryList(page).getByRole('listitem');

/** Expects the library to list `length` reports: the list is windowed, so its rows say the length (aria-setsize), whatever is in the page. */
export async function expectLibraryLength(page: Page, length: number): Promise<void> {
  await expect(libraryItems(page).first()).toHaveAttribute('aria-setsize', String(length));
}

/** Opens the app and waits for the library to show its first report. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(libraryItems(page).first()).toBeVisible();
}

/** The result list of the last import. */
export const importResults = (page: Page) => page.getByRole('status', { name: '导入结果' });

type ChosenFiles = Parameters<FileChooser['setFiles']>[0];

function fileNames(files: ChosenFiles): string[] {
  return (Array.isArray(files) ? files : [files]).map((f) => (typeof f === 'string' ? basename(f) : f.name));
}

/** Imports files with the 导入 button, through the browser's file chooser, and waits for their results. */
export async function importWithButton(page: Page, files: ChosenFiles): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(files);
  for (const name of fileNames(files)) await expect(importResults(page)).toContainText(name);
}
