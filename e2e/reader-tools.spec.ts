/**
 * The reader's tools on the sample report: find in report (Ctrl+F), font
 * size and line spacing, the reading position kept across a reload, and the
 * outline (目录) following the section being read.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, reader, SAMPLE_TITLE } from './support/app';

const SAMPLE_TEXT = readFileSync(new URL('../resources/sample-report.txt', import.meta.url), 'utf8');

/** How many times a term occurs in the sample report's file. */
function occurrences(term: string): number {
  return SAMPLE_TEXT.split(term).length - 1;
}

/** Opens the app on the sample report. */
async function openSample(page: Page): Promise<void> {
  await openApp(page);
  await expect(reader(page).getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

/** The text of the first block of the report whose bottom is below the top of the reading area. */
function topBlock(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main.reader') as HTMLElement;
    const line = main.getBoundingClientRect().top;
    const blocks = [...document.querySelectorAll('.report-text > :not(.hidden-line)')];
    return blocks.find((block) => block.getBoundingClientRect().bottom > line)?.textContent ?? '';
  });
}

/** How many ranges a CSS Custom Highlight holds (0 when it is not registered). */
function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((highlight) => CSS.highlights.get(highlight)?.size ?? 0, name);
}

test('Ctrl+F finds a two-character term, counts it, paints it, and Enter moves to the next', async ({ page }) => {
  await openSample(page);
  const total = occurrences('安全');
  expect(total).toBeGreaterThan(3);

  await page.keyboard.press('Control+f');
  const bar = reader(page).getByRole('search', { name: '在报告中查找' });
  const input = bar.getByRole('textbox', { name: '在报告中查找' });
  await expect(input).toBeFocused();
  await input.fill('安全');
  const count = bar.locator('output');
  await expect(count).toHaveText(`1/${total}`);
  await expect.poll(() => highlightSize(page, 'find-current')).toBe(1);
  await expect.poll(() => highlightSize(page, 'find-match')).toBe(total - 1);
  const currentText = () => page.evaluate(() => [...(CSS.highlights.get('find-current') ?? [])].map((range) => (range as Range).toString()).join());
  expect(await currentText()).toBe('安全');

  await input.press('Enter');
  await expect(count).toHaveText(`2/${total}`);
  await input.press('Enter');
  await expect(count).toHaveText(`3/${total}`);
  await input.press('Shift+Enter');
  await expect(count).toHaveText(`2/${total}`);
  await bar.getByRole('button', { name: /^上一个/ }).click();
  await bar.getByRole('button', { name: /^上一个/ }).click();
  await expect(count).toHaveText(`${total}/${total}`);
  // The last match is far down the report: it was scrolled into view.
  const inView = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range;
    const box = range.getBoundingClientRect();
    const area = (document.querySelector('main.reader') as HTMLElement).getBoundingClientRect();
    return box.top >= area.top && box.bottom <= area.bottom;
  });
  expect(inView).toBe(true);

  // Full-width digits find half-width ones; nothing found says so.
  await input.fill('２０２３');
  await expect(count).toHaveText(`1/${occurrences('2023')}`);
  await input.fill('不存在的词');
  await expect(count).toHaveText('无结果');

  await input.press('Escape');
  await expect(bar).toBeHidden();
  await expect.poll(() => highlightSize(page, 'find-match')).toBe(0);
  await expect.poll(() => highlightSize(page, 'find-current')).toBe(0);
});

test('find opened halfway down the report leaves the text where it was and starts from the passage in view', async ({ page }) => {
  await openSample(page);
  const main = reader(page);
  const heading = main.getByRole('heading', { name: '（四）安全稳定底线牢固' });
  await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const top = () => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top));
  const before = await top();

  await page.keyboard.press('Control+f');
  const input = main.getByRole('textbox', { name: '在报告中查找' });
  await expect(input).toBeFocused();
  expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);

  // The first match in view is the heading's own 安全, not the one in the first section.
  await input.fill('安全');
  const earlier = SAMPLE_TEXT.slice(0, SAMPLE_TEXT.indexOf('（四）安全稳定底线牢固')).split('安全').length - 1;
  await expect(main.getByRole('search').locator('output')).toHaveText(`${earlier + 1}/${occurrences('安全')}`);
});

test('Ctrl+F with a short passage selected searches for it', async ({ page }) => {
  await openSample(page);
  await reader(page)
    .getByRole('heading', { name: '（一）乡村振兴扎实推进' })
    .evaluate((heading) => {
      const text = heading.firstChild as Text;
      const start = (text.textContent ?? '').indexOf('乡村振兴');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 4);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
  await page.keyboard.press('Control+f');
  const bar = reader(page).getByRole('search', { name: '在报告中查找' });
  await expect(bar.getByRole('textbox')).toHaveValue('乡村振兴');
  await expect(bar.locator('output')).toHaveText(new RegExp(`^\\d+/${occurrences('乡村振兴')}$`));
});

test('A+ enlarges the report’s text, A− shrinks it, the line spacing changes, and the choice is remembered', async ({ page }) => {
  await openSample(page);
  const paragraph = reader(page).locator('.report-text p').first();
  const fontSize = () => paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const lineHeight = () => paragraph.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const before = await fontSize();
  expect(before).toBe(17);

  const tools = reader(page).getByRole('group', { name: '字号与行距' });
  await tools.getByRole('button', { name: '放大字号' }).click();
  await tools.getByRole('button', { name: '放大字号' }).click();
  await expect.poll(fontSize).toBeGreaterThan(before);
  const heading = reader(page).getByRole('heading', { name: '一、2023年工作回顾' });
  expect(await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(19);

  // Text set larger while reading: the passage that was at the top stays at the top.
  const section = reader(page).getByRole('heading', { name: '（三）民生保障持续加强' });
  await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const sectionTop = () => section.evaluate((element) => element.getBoundingClientRect().top - (element.closest('main') as HTMLElement).getBoundingClientRect().top);
  expect(Math.abs(await sectionTop())).toBeLessThanOrEqual(2);
  await tools.getByRole('button', { name: '放大字号' }).evaluate((button: HTMLButtonElement) => button.click());
  await expect.poll(fontSize).toBe(22);
  expect(Math.abs(await sectionTop())).toBeLessThanOrEqual(2);
  await tools.getByRole('button', { name: '缩小字号' }).evaluate((button: HTMLButtonElement) => button.click());
  await expect.poll(fontSize).toBe(20);

  const standard = await lineHeight();
  await tools.getByRole('combobox', { name: '行距' }).selectOption({ label: '宽松' });
  await expect.poll(lineHeight).toBeGreaterThan(standard);

  await page.reload();
  await expect(reader(page).getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await expect.poll(fontSize).toBe(20);
  await tools.getByRole('button', { name: '缩小字号' }).click();
  await expect.poll(fontSize).toBe(18);
});

test('the reading position is remembered: after a reload the same passage is at the top', async ({ page }) => {
  await openSample(page);
  const main = reader(page);
  await main.evaluate((element) => element.scrollTo({ top: (element.scrollHeight - element.clientHeight) / 2 }));
  const atTop = await topBlock(page);
  expect(atTop).not.toBe(SAMPLE_TITLE);
  // Written half a second after scrolling stops.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('report-library');
            open.onsuccess = () => {
              const request = open.result.transaction('settings').objectStore('settings').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve((request.result as { key: string }[]).some((record) => record.key.startsWith('reading-position:')));
              };
            };
          }),
      ),
    )
    .toBe(true);

  await page.reload();
  await expect(main.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeAttached();
  await expect.poll(() => topBlock(page)).toBe(atTop);
  expect(await main.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});

// Found by the hostile corpus's browser test: an import ended while the reader reflowed, the report
// closed between two frames of its reading position settling, and the next frame read the closed view.
test('closing the report while its reading position settles after a reflow throws nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openSample(page);
  const main = reader(page);
  for (let round = 0; round < 5; round += 1) {
    await main.evaluate((element) => element.scrollTo({ top: (element.scrollHeight - element.clientHeight) / 2 }));
    await expect.poll(() => topBlock(page)).not.toBe(SAMPLE_TITLE);
    // Narrow the text (a reflow the position is put back after), let the resize be seen, then close the report at once.
    await page.evaluate(async () => {
      const text = document.querySelector('.report-text') as HTMLElement;
      text.style.width = text.style.width === '40%' ? '60%' : '40%';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
      [...document.querySelectorAll('nav.app-views button')].find((button) => button.textContent === '摘录')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      for (let frame = 0; frame < 8; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    await page.getByRole('button', { name: '报告', exact: true }).click();
    await expect(main.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeAttached();
  }
  expect(errors).toEqual([]);
});

test('the outline marks the section being read and follows the scrolling', async ({ page }) => {
  await openSample(page);
  const outline = reader(page).getByRole('navigation', { name: '目录' });
  const marked = outline.locator('[aria-current="location"]');

  await outline.getByRole('button', { name: '三、加强政府自身建设' }).click();
  await expect(marked).toHaveText('三、加强政府自身建设');
  await expect(marked).toHaveCSS('color', 'rgb(156, 59, 47)');

  const heading = reader(page).getByRole('heading', { name: '二、2024年工作安排' });
  await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(marked).toHaveText('二、2024年工作安排');

  await reader(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(marked).toHaveCount(0);
});
