/**
 * The library list with hundreds of reports: windowed (only the rows in
 * view are in the page, each telling its place in the whole list), the open
 * report's row scrolled into view and marked, ↑/↓/Home/End moving through
 * the whole list, and the year filter.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectLibraryLength, libraryItems, libraryList, openApp, reader, SAMPLE_TITLE } from './support/app';
import { reportRecord } from '../src/renderer/src/db/fixtures/report-record';
import { linesToBody, putReports, type StoredReport } from './support/library-db';

const COUNT = 300;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Report `i`: imported a minute after report `i - 1`, all after the sample, so the newest (the last) lists first. */
function stored(i: number): StoredReport {
  const year = YEARS[i % YEARS.length]!;
  const place = `测试${i}镇`;
  const title = `${place}${year}年政府工作报告`;
  const body = linesToBody([{ text: title, kind: 'title' }, { text: '各位代表：' }, { text: `这是第${i}份报告。` }]);
  return {
    record: reportRecord({
      id: `many-${i}`,
      title,
      place,
      placeLevel: '镇',
      year,
      size: body.text.length,
      sourceHash: `many-${i}`,
      sourceName: `${place}.txt`,
      importedAt: new Date(Date.UTC(2030, 0, 1) + i * 60_000).toISOString(),
    }),
    body: { ...body, hidden: [] },
  };
}

/** The list's row holding the focus, by its place in the list. */
const focusedRow = (page: Page) => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null);

test('hundreds of reports: a window of rows, the open one in view, keys through the whole list, the year filter', async ({ page }, testInfo) => {
  await openApp(page);
  await putReports(page, Array.from({ length: COUNT }, (_, i) => stored(i)));
  // Report 50 lists 250th (newest first): open it, as the app remembers an open report across restarts.
  await page.evaluate(() => localStorage.setItem('report-reader.open-report', 'many-50'));
  await page.reload();

  const openButton = page.getByRole('button', { name: /^测试50镇2021年/ });
  const open = libraryList(page).locator(openButton);
  await expect(open).toHaveAttribute('aria-current', 'true');
  await expect(open).toBeInViewport();
  const row = libraryItems(page).filter({ has: openButton });
  await expect(row).toHaveAttribute('aria-posinset', '250');
  await expect(row).toHaveAttribute('aria-setsize', String(COUNT + 1));
  await expect(row).toHaveClass(/selected/);
  await expect(reader(page).getByRole('heading', { level: 1, name: '测试50镇2021年政府工作报告' })).toBeVisible();
  expect(await libraryItems(page).count()).toBeLessThan(60);
  await page.screenshot({ path: testInfo.outputPath('large-library.png') });
  await testInfo.attach('large library', { path: testInfo.outputPath('large-library.png'), contentType: 'image/png' });

  await open.focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedRow(page)).toBe(String(COUNT + 1));
  await expect(libraryList(page).getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) })).toBeInViewport();
  // ↓ on the last row goes nowhere, and leaves nothing behind to take the focus from the filter later.
  await page.keyboard.press('ArrowDown');
  const filter = page.getByRole('searchbox', { name: '筛选标题或地点' });
  await filter.click();
  await page.keyboard.type('测试29');
  await filter.fill('');
  await expect(libraryItems(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(filter).toBeFocused();
  await libraryItems(page).first().getByRole('button').first().focus();
  await page.keyboard.press('Home');
  await expect.poll(() => focusedRow(page)).toBe('1');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe('2');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^测试298镇/);

  await page.getByRole('combobox', { name: '年份' }).selectOption('2020');
  await expect(page.getByText('共 50 份报告')).toBeVisible();
  await expectLibraryLength(page, 50);
  await page.getByRole('combobox', { name: '年份' }).selectOption('');
  await expectLibraryLength(page, COUNT + 1);
});
