/**
 * The hostile corpus (src/core/fixtures/hostile) imported into the running
 * app in one go, through the 导入 button's file chooser, after a normal
 * report the analyst has highlighted: every file gets a row of its own in the
 * import results with a clear reason in Chinese, nothing any file carries
 * runs (each payload would set `window.__pwned`), the page never throws, the
 * first report keeps its text and its highlight, the imported hostile pages
 * show their words and no code, and the next import works. A PDF built to
 * stall pdfjs runs into the import worker's one-minute time box, so this test
 * takes a little over a minute.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { HOSTILE_INPUTS, type HostileCase } from '../src/core/fixtures/hostile/hostile-inputs';
import { hostileReportText, hostileTitle, KEPT_SENTENCE } from '../src/core/fixtures/hostile/hostile-report';
import { errorMessage } from '../src/renderer/src/i18n/messages';
import { expectLibraryLength, importResults, importWithButton, libraryList, openApp, reader } from './support/app';
import { dragSelect } from './support/select-text';
import { visibleFileName } from '../src/renderer/src/features/library/visible-file-name';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Longer than the import worker's one-minute time box, plus the rest of the corpus. */
test.setTimeout(300_000);

const FIRST_TOWN = '春晖镇';
const LAST_TOWN = '秋实镇';

/** What the result row of a case must say, in Chinese. */
function expectedRow(c: HostileCase): { status: 'imported' | 'failed'; text: string } {
  switch (c.expect.kind) {
    case 'imported':
      return { status: 'imported', text: '已导入' };
    case 'refused':
      return { status: 'failed', text: `导入失败：${errorMessage('zh', c.expect.code)}` };
    case 'time-boxed':
      return { status: 'failed', text: `导入失败：${errorMessage('zh', 'timeout')}` };
  }
}

/** Opens the report of `town` from the library, found with the filter (the list is windowed), and waits for its title. */
async function openReport(page: Page, town: string): Promise<void> {
  const filter = page.getByRole('searchbox', { name: '筛选标题或地点' });
  await filter.fill(town);
  await libraryList(page).getByRole('button', { name: new RegExp(`^${hostileTitle(town)}`) }).click();
  await expect(reader(page).getByRole('heading', { name: hostileTitle(town) })).toBeVisible();
  await filter.fill('');
}

/** Chooses files with the 导入 button. */
async function choose(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(files);
}

test('the hostile corpus: a clear row for every file, nothing runs, the library stays, the next import works', async ({ page }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page);

  // A normal report first, with a highlight.
  const firstPath = testInfo.outputPath(`${FIRST_TOWN}报告.txt`);
  writeFileSync(firstPath, hostileReportText(FIRST_TOWN));
  await importWithButton(page, firstPath);
  await importResults(page).getByRole('button', { name: '关闭' }).click();
  await expectLibraryLength(page, 2);
  await libraryList(page).getByRole('button', { name: new RegExp(`^${hostileTitle(FIRST_TOWN)}`) }).click();
  await expect(reader(page).getByRole('heading', { name: hostileTitle(FIRST_TOWN) })).toBeVisible();
  await dragSelect(page, '全镇油茶种植面积', '人均增收1100元。');
  await page.keyboard.press('1');
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '1');
  await page.keyboard.press('Escape');

  // The whole corpus in one go.
  const files = HOSTILE_INPUTS.map((c) => ({ name: c.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(c.bytes()) }));
  await choose(page, files);
  const results = importResults(page);
  await expect(results).toBeVisible({ timeout: 240_000 });
  const imported = HOSTILE_INPUTS.filter((c) => c.expect.kind === 'imported').length;
  await expect(results.locator('header')).toContainText(`导入完成：新增 ${imported} 份，已在库中 0 份，失败 ${HOSTILE_INPUTS.length - imported} 份`);
  await expect(results.getByRole('listitem')).toHaveCount(HOSTILE_INPUTS.length);

  // Every file, its own row, with the reason in words; Chromium keeps each name as given, separators, NUL and all.
  const rows = await results.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('.outcome-name')?.getAttribute('title') ?? '',
      status: item.className.replace(/^.*outcome-/u, ''),
      text: item.querySelector('.outcome-status')?.textContent ?? '',
    })),
  );
  for (const c of HOSTILE_INPUTS) {
    // The list shows the characters that reorder or hide text by their code (visibleFileName).
    const row = rows.find((r) => r.name === visibleFileName(c.fileName));
    expect(row, `${c.category} › ${c.id}: no row for ${JSON.stringify(c.fileName)}`).toBeDefined();
    expect({ id: c.id, status: row?.status, text: row?.text }).toEqual({ id: c.id, ...expectedRow(c) });
  }

  await page.screenshot({ path: testInfo.outputPath('hostile-import-results.png') });

  // Nothing ran, nothing threw, and the app still answers.
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(pageErrors).toEqual([]);
  await expectLibraryLength(page, 2 + imported);

  // The hostile pages that came in read as their words, hidden lines shown too, and run nothing.
  for (const town of ['青溪镇', '古城镇', '清泉镇', '和平镇']) {
    await openReport(page, town);
    const showHidden = reader(page).getByRole('button', { name: /^显示隐藏内容/ });
    if ((await showHidden.isEnabled()) && (await showHidden.getAttribute('aria-pressed')) !== 'true') await showHidden.click();
    await expect(reader(page).locator('.report-text')).toContainText(KEPT_SENTENCE);
    await expect(reader(page).locator('.report-text')).not.toContainText(/__pwned|javascript:|<script/u);
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // The first report is still there, its text and its highlight.
  await openReport(page, FIRST_TOWN);
  await expect(reader(page).locator('.report-text')).toContainText(KEPT_SENTENCE);
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '1');

  // The next import works: a normal report, with a file over the size limit refused beside it.
  await importResults(page).getByRole('button', { name: '关闭' }).click();
  const lastPath = testInfo.outputPath(`${LAST_TOWN}报告.txt`);
  writeFileSync(lastPath, hostileReportText(LAST_TOWN));
  const hugePath = testInfo.outputPath('超过大小上限的报告.txt');
  writeFileSync(hugePath, Buffer.alloc(65 * 1024 * 1024, '镇'));
  await choose(page, [lastPath, hugePath]);
  await expect(importResults(page).locator('header')).toContainText('导入完成：新增 1 份，已在库中 0 份，失败 1 份');
  await expect(importResults(page).getByRole('listitem').filter({ hasText: '超过大小上限的报告.txt' })).toContainText(errorMessage('zh', 'too-large'));
  await expectLibraryLength(page, 3 + imported);
  await expect(reader(page).getByRole('heading', { name: hostileTitle(LAST_TOWN) })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
