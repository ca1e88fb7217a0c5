/**
 * From highlights to the analyst's own documents: passages tagged in two seed
 * reports (000 and 001) show in 摘录 with their citations; filtered by one
 * theme, they export to Excel and Word (downloads), whose contents are read
 * back here with exceljs and mammoth; an excerpt opens its report at the
 * highlight.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { importWithButton, libraryList, openApp, reader } from './support/app';
import { HAVE_SEEDS, NO_SEEDS_REASON, seedFiles } from './support/seeds';
import { dragSelect } from './support/select-text';

const painted = (page: Page) => reader(page).locator('.report-text');
const excerpts = (page: Page) => page.getByRole('region', { name: '摘录' });
const excerptCards = (page: Page) => excerpts(page).locator('.excerpt-card');

/** Opens a report of the library by the start of its title. */
async function openReport(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '报告', exact: true }).click();
  await libraryList(page).getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(reader(page).getByRole('heading', { name: title })).toBeVisible();
}

/** Selects a passage by its first and last words and presses a theme's key; waits until it is drawn. */
async function tag(page: Page, from: string, to: string, key: string, count: number): Promise<void> {
  await dragSelect(page, from, to);
  await page.keyboard.press(key);
  await expect(painted(page)).toHaveAttribute('data-highlights', String(count));
  await page.keyboard.press('Escape');
}

/** Chooses a format from 导出摘录 and gives the downloaded file's bytes. */
async function exportAs(page: Page, format: RegExp): Promise<Buffer> {
  await excerpts(page).getByRole('button', { name: '导出摘录' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  return readFile(await file.path());
}

test.skip(!HAVE_SEEDS, NO_SEEDS_REASON);

test('tag passages in two reports, filter 摘录 by a theme, export Excel and Word, open an excerpt', async ({ page }) => {
  await openApp(page);
  const seeds = seedFiles().filter((path) => /\/00[01]_/.test(path));
  expect(seeds).toHaveLength(2);
  await importWithButton(page, seeds);

  await openReport(page, '巴州区清江镇2023年政府工作报告');
  await tag(page, '兜牢脱贫底线', '帮扶措施和政策全面兑现落实。', '1', 1); // 乡村振兴
  await tag(page, '守好安全生产底线', '生命至上', '3', 2); // 安全生产
  await openReport(page, '望京镇2022年政府工作报告');
  await tag(page, '一是抓实安全生产工作', '常态加强疫情防控', '3', 1); // 安全生产

  await page.getByRole('button', { name: '摘录', exact: true }).click();
  await expect(excerpts(page).getByRole('status')).toHaveText('3 条摘录，来自 2 份报告（共 3 条）');
  await expect(excerptCards(page).first()).toContainText('《巴州区清江镇2023年政府工作报告》');
  await page.screenshot({ path: test.info().outputPath('excerpts.png') });

  // Filtered by 安全生产: the two passages of that theme, one from each report.
  await page.getByRole('complementary', { name: '筛选摘录' }).getByRole('checkbox', { name: /安全生产/ }).check();
  await expect(excerpts(page).getByRole('status')).toHaveText('2 条摘录，来自 2 份报告（共 3 条）');
  await expect(excerptCards(page)).toHaveCount(2);

  // Excel: one row per excerpt and theme, Chinese intact, and the theme × report counts.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportAs(page, /Excel/)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('摘录');
  if (!sheet) throw new Error('the workbook has no 摘录 sheet');
  const header = sheet.getRow(1).values as unknown[];
  expect(header).toContain('主题');
  expect(header).toContain('报告');
  const rows = sheet.getSheetValues().slice(2).filter(Boolean) as unknown[][];
  expect(rows).toHaveLength(2);
  const column = (name: string) => header.indexOf(name);
  expect(rows.map((row) => row[column('主题')])).toEqual(['安全生产', '安全生产']);
  expect(rows.map((row) => row[column('报告')]).sort()).toEqual(['巴州区清江镇2023年政府工作报告', '望京镇2022年政府工作报告']);
  expect(rows.some((row) => String(row[column('摘录')]).startsWith('守好安全生产底线'))).toBe(true);
  expect(workbook.worksheets).toHaveLength(2);

  // Word: the theme as a heading, each passage followed by its citation.
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await exportAs(page, /Word/)) });
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const heading = lines.indexOf('安全生产');
  expect(heading).toBeGreaterThan(0);
  const passage = lines.findIndex((line) => line.startsWith('守好安全生产底线'));
  expect(passage).toBeGreaterThan(heading);
  expect(lines[passage + 1]).toMatch(/^《巴州区清江镇2023年政府工作报告》，巴州区清江镇，2023年，二、2023年工作安排/);
  expect(lines.some((line) => line.startsWith('《望京镇2022年政府工作报告》，望京镇，2022年'))).toBe(true);
  expect(lines.some((line) => line.startsWith('兜牢脱贫底线'))).toBe(false);

  // An excerpt opens its report with the highlight open.
  await excerptCards(page).filter({ hasText: '一是抓实安全生产工作' }).getByRole('button', { name: '在报告中打开' }).click();
  await expect(reader(page).getByRole('heading', { name: '望京镇2022年政府工作报告' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: '划线' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: '划线' })).toContainText('安全生产');
});
