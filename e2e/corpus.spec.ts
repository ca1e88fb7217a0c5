/**
 * Across the corpus: search 安全生产 in the library (seeds 000, 001 and 003,
 * seven reports, and the sample), tag a result from the list, open one of
 * 森林防灭火 at its passage and tag it there; 分析 shows the
 * theme × report heat map; the project leaves as a REFI-QDA .qdpx and comes
 * back into an empty library with its reports, themes and highlights.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { importResults, importWithButton, openApp, reader } from './support/app';
import { HAVE_SEEDS, NO_SEEDS_REASON, seedFiles } from './support/seeds';

const view = (page: Page, name: string) => page.getByRole('navigation', { name: '视图' }).getByRole('button', { name, exact: true });
const search = (page: Page) => page.getByRole('region', { name: '搜索报告库' });

test.skip(!HAVE_SEEDS, NO_SEEDS_REASON);

test('search the library, tag and open results, see the heat map, and take the project out and back in', async ({ page }) => {
  await openApp(page);
  await importWithButton(page, seedFiles().filter((path) => /\/00[013]_/.test(path)));

  // 搜索: every report that says 安全生产, with each place in context.
  const box = search(page).getByRole('searchbox', { name: '搜索报告库' });
  const results = search(page).getByRole('list', { name: '搜索结果' });
  await view(page, '搜索').click();
  await box.fill('安全生产');
  await box.press('Enter');
  await expect(search(page).getByRole('status')).toContainText(/在 \d+ 份报告中找到 \d+ 处/);
  await expect(results.locator('.search-match mark').first()).toHaveText('安全生产');
  await page.screenshot({ path: test.info().outputPath('search.png') });

  // A result from a report of 2023 (not the sample's, which is of 2024), tagged from the list with 安全生产: an ordinary highlight, in 摘录.
  await search(page).getByRole('combobox', { name: '年份' }).selectOption('2023');
  await expect(search(page).getByRole('status')).toContainText(/在 \d+ 份报告中找到 \d+ 处/);
  const first = results.locator('.search-match').first();
  await first.hover();
  await first.getByRole('button', { name: /^标注为“安全生产”/ }).click();
  await expect(first).toContainText('已标注：安全生产');
  await view(page, '摘录').click();
  await expect(page.getByRole('region', { name: '摘录' }).getByRole('status')).toHaveText('1 条摘录，来自 1 份报告（共 1 条）');
  await expect(page.getByRole('region', { name: '摘录' }).locator('.excerpt-text')).toHaveText('安全生产');
  await view(page, '搜索').click();
  await search(page).getByRole('combobox', { name: '年份' }).selectOption('');

  // A result of 森林防灭火 opens its report with the passage selected, ready for a key.
  await view(page, '搜索').click();
  await box.fill('森林防灭火');
  await box.press('Enter');
  await expect(search(page).getByRole('status')).toContainText('找到');
  await results.locator('.search-open').first().click();
  await expect(page.getByRole('toolbar', { name: '为选中的段落添加主题' })).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('森林防灭火');
  await page.keyboard.press('5'); // 民生保障
  await expect(reader(page).locator('.report-text')).toHaveAttribute('data-highlights', '1');

  // 分析: the theme × report heat map, drawn.
  await view(page, '分析').click();
  const heatmap = page.locator('.analysis canvas').first();
  await expect(heatmap).toBeVisible();
  await expect(page.getByText(/2 份报告有划线，共 2 条划线。/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('analysis.png') });

  // The project as a .qdpx, then into a fresh library in another browser profile: the same reports, themes and highlights.
  await view(page, '摘录').click();
  await page.getByRole('button', { name: '项目交换' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出整个项目（.qdpx）' }).click();
  const saved = await (await download).path();
  const bytes = await readFile(saved);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const fresh = await page.context().browser()!.newContext({ locale: 'zh-CN' });
  try {
    const other = await fresh.newPage();
    await openApp(other);
    const chooser = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: '导入', exact: true }).click();
    await (await chooser).setFiles({ name: '报告库项目.qdpx', mimeType: 'application/zip', buffer: bytes });
    await expect(importResults(other)).toContainText(/已导入项目：7 份报告.*划线 2 条.*1 份报告已在库中/);
    await other.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '摘录', exact: true }).click();
    await expect(other.getByRole('region', { name: '摘录' }).getByRole('status')).toHaveText('2 条摘录，来自 2 份报告（共 2 条）');
    await other.screenshot({ path: test.info().outputPath('imported-project.png') });
  } finally {
    await fresh.close();
  }
});
