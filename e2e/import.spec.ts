/**
 * Importing many files at once: the progress bar while the import worker
 * parses them, the result list after, and 取消 stopping a batch part-way
 * with what was stored kept and the app still working.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectLibraryLength, importResults, importWithButton, openApp, reader } from './support/app';
import { recordedImportProgress, recordImportProgress } from './support/import-progress';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A short township report of the project's own, made longer by `paragraphs` paragraphs per section. */
function townshipReport(index: number, paragraphs: number): string {
  const lines = [`第${index}镇2024年政府工作报告`, '各位代表：', '现在，我代表镇人民政府向大会报告工作，请予审议。'];
  for (const [s, numeral] of NUMERALS.slice(0, 3).entries()) {
    lines.push(`${numeral}、第${s + 1}部分`);
    for (let p = 0; p < paragraphs; p++) lines.push(`全镇完成固定资产投资${index}.${p}亿元，同比增长${p % 9}%，第${index}号文件第${p}段落实到位，群众满意度持续提升。`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` report files into a fresh folder; gives their paths in name order. */
function writeReports(folder: string, count: number, paragraphs: number): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(folder, `报告${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(path, townshipReport(i + 1, paragraphs));
    return path;
  });
}

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(files);
}

test('several files import at once with a progress bar, then a result line for each', async ({ page }, testInfo) => {
  const files = writeReports(testInfo.outputPath('reports'), 12, 40);
  await openApp(page);
  await recordImportProgress(page);
  await chooseFiles(page, files);

  await expect(importResults(page)).toContainText('导入完成：新增 12 份，已在库中 0 份，失败 0 份');
  await expect(importResults(page).getByRole('listitem')).toHaveCount(12);
  await expect(importResults(page).getByRole('listitem').first()).toContainText('报告001.txt已导入');
  await expectLibraryLength(page, 13);
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '取消', exact: true })).toHaveCount(0);

  // Every state the bar showed: it counted up through the files, naming the one in work.
  const seen = await recordedImportProgress(page);
  expect(seen.length, seen.join('\n')).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/^0\/12 正在导入 1\/12：报告001\.txt/);
  for (const entry of seen) expect(entry).toMatch(/^(\d+)\/12 (正在导入 \d+\/12：报告\d{3}\.txt|正在导入…)取消$/);
  const values = seen.map((entry) => Number(entry.split('/')[0]));
  expect(values).toEqual([...values].sort((a, b) => a - b));

  // The batch opened its first report.
  await expect(reader(page).getByRole('heading', { level: 1, name: '第1镇2024年政府工作报告' })).toBeVisible();
});

test('取消 stops a batch: what was stored stays, nothing more arrives, and the next import works', async ({ page }, testInfo) => {
  const total = 150;
  const files = writeReports(testInfo.outputPath('many'), total, 120);
  await openApp(page);
  await chooseFiles(page, files);

  await expect(page.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
  await page.getByRole('button', { name: '取消', exact: true }).click();

  const results = importResults(page);
  await expect(results).toContainText('导入已取消');
  await expect(results.getByRole('listitem')).toHaveCount(total);
  const cancelled = await results.locator('.outcome-cancelled').count();
  const imported = await results.locator('.outcome-imported').count();
  expect(cancelled).toBeGreaterThan(0);
  expect(imported + cancelled).toBe(total);
  await expect(results.locator('.outcome-cancelled').first()).toContainText('已取消');
  await expect(results).toContainText(`取消 ${cancelled} 个文件`);

  // Stored reports stay, and no further report arrives after the cancel.
  await expectLibraryLength(page, 1 + imported);
  await page.waitForTimeout(1000);
  await expectLibraryLength(page, 1 + imported);
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toHaveCount(0);

  // The app still imports: a new file, and a cancelled one again.
  await importWithButton(page, { name: '南湖街道.txt', mimeType: 'text/plain', buffer: Buffer.from('南湖街道2024年政府工作报告\n各位代表：\n现在，我代表街道办事处报告工作。', 'utf8') });
  await expect(importResults(page)).toContainText('新增 1 份');
  await expectLibraryLength(page, 2 + imported);
  const last = files.at(-1)!;
  await importWithButton(page, last);
  await expect(importResults(page)).toContainText('新增 1 份');
  await expectLibraryLength(page, 3 + imported);
});
