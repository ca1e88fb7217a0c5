/**
 * The whole path in real Chromium through the browser adapter: first start
 * with the sample, import, list, read, reload, re-import, delete, bad input.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPORT_FORMATS } from '../src/core/import/report-format';
import { importResults, importWithButton, libraryItems, libraryList, openApp, reader, SAMPLE_TITLE } from './support/app';
import { recordedImportProgress, recordImportProgress } from './support/import-progress';
import { HAVE_SEEDS, NO_SEEDS_REASON, seedFiles, seedParagraph } from './support/seeds';

test('the sample report is in the library on first start and opens in the reader', async ({ page }) => {
  await openApp(page);
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(reader(page).getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await expect(libraryList(page).getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) })).toHaveAttribute('aria-current', 'true');
  await expect(reader(page).getByRole('heading', { name: '一、2023年工作回顾' })).toBeVisible();
  await expect(reader(page)).toContainText('各位代表：');
});

test.describe('the five seed reports', () => {
  test.skip(!HAVE_SEEDS, NO_SEEDS_REASON);

  test('import with 导入, list, read, survive a reload, and are not duplicated', async ({ page }, testInfo) => {
    await openApp(page);
    const files = seedFiles();
    expect(files).toHaveLength(5);
    // The compilation (003, see EXPECTED.md) holds five reports of the 19 its contents list; the others one each.
    let inLibrary = 1;
    for (const file of files) {
      const compilation = basename(file).startsWith('003_');
      await importWithButton(page, file);
      await expect(importResults(page)).toContainText(`新增 ${compilation ? 5 : 1} 份`);
      if (compilation) await expect(importResults(page)).toContainText('已导入 5 份报告；目录列出但缺失 14 篇；1 份内容不完整');
      inLibrary += compilation ? 5 : 1;
      await expect(libraryItems(page)).toHaveCount(inLibrary);
    }

    const first = files[0]!;
    const filter = page.getByRole('searchbox', { name: '筛选标题或地点' });
    await filter.fill(basename(first).slice(0, 12));
    await expect(libraryItems(page)).toHaveCount(1);
    await libraryItems(page).getByRole('button').first().click();
    await expect(reader(page)).toContainText(seedParagraph(first, 0));
    await expect(reader(page)).toContainText(seedParagraph(first, 3));

    await page.reload();
    await expect(libraryItems(page)).toHaveCount(inLibrary);
    await expect(reader(page)).toContainText(seedParagraph(first, 0));

    await importWithButton(page, first);
    await expect(importResults(page)).toContainText('已在报告库中');
    await expect(libraryItems(page)).toHaveCount(inLibrary);

    // The reader as an analyst sees it: CJK glyphs from a real CJK font, nothing overflowing.
    const paragraph = reader(page).locator('.report-text p').first();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.report-text p' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjkGlyphs = fonts.filter((f) => /CJK|Han|Song|Hei|WenQuanYi/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    expect(cjkGlyphs, `fonts used: ${JSON.stringify(fonts)}`).toBeGreaterThan(20);
    await expect(paragraph).toBeVisible();
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, reader: main.scrollWidth - main.clientWidth };
    });
    expect(overflow).toEqual({ page: 0, reader: 0 });
    await page.screenshot({ path: testInfo.outputPath('reader.png') });
    await testInfo.attach('reader', { path: testInfo.outputPath('reader.png'), contentType: 'image/png' });
  });
});

test.describe('the five seed reports as a folder', () => {
  test.skip(!HAVE_SEEDS, NO_SEEDS_REASON);

  test('a folder of the seeds imports with progress into 9 reports, each with its outline', async ({ page }, testInfo) => {
    const folder = testInfo.outputPath('seeds');
    mkdirSync(folder, { recursive: true });
    for (const file of seedFiles()) copyFileSync(file, join(folder, basename(file)));
    await openApp(page);
    await recordImportProgress(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文件夹…' }).click();
    await (await chooser).setFiles(folder);

    await expect(importResults(page)).toContainText('导入完成：新增 9 份，已在库中 0 份，失败 0 份');
    await expect(libraryItems(page)).toHaveCount(10);
    const progress = await recordedImportProgress(page);
    expect(progress.some((entry) => entry.includes('正在导入'))).toBe(true);

    // Every seed report reads with an outline (目录) of its headings.
    const filter = page.getByRole('searchbox', { name: '筛选标题或地点' });
    for (const file of seedFiles()) {
      await filter.fill(basename(file).slice(0, 12));
      const items = libraryItems(page);
      const count = await items.count();
      expect(count).toBe(basename(file).startsWith('003_') ? 5 : 1);
      for (let i = 0; i < count; i++) {
        await items.nth(i).getByRole('button').first().click();
        const outline = reader(page).getByRole('navigation', { name: '目录' });
        await expect(outline.getByRole('listitem').first()).toBeVisible();
        expect(await outline.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

test('bad files get a clear message and leave the library as it was', async ({ page }) => {
  await openApp(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await importWithButton(page, [
    { name: 'scan.txt', mimeType: 'text/plain', buffer: png },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x41, 0x80]) },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]) },
  ]);
  const status = importResults(page);
  await expect(status).toContainText('失败 4 份');
  await expect(status).toContainText('这不是文本文件');
  await expect(status).toContainText('文件是空的');
  await expect(status).toContainText('文件编码无法识别');
  await expect(status).toContainText(`暂不支持此文件格式，目前可导入 ${REPORT_FORMATS.map((f) => `.${f}`).join('、')} 文件。`);
  await expect(libraryItems(page)).toHaveCount(1);

  // The next import still works.
  await importWithButton(page, { name: '安平乡.txt', mimeType: 'text/plain', buffer: Buffer.from('安平乡2023年政府工作报告\n各位代表：\n现在，我代表乡人民政府报告工作。', 'utf8') });
  await expect(libraryItems(page)).toHaveCount(2);
});

test('a GBK report imports and reads as Chinese', async ({ page }) => {
  await openApp(page);
  // "安平乡2023年政府工作报告\n各位代表：" in GBK bytes.
  const gbk = Buffer.from('b0b2c6bdcfe732303233c4ead5feb8aeb9a4d7f7b1a8b8e60ab8f7cebbb4fab1eda3ba', 'hex');
  await importWithButton(page, { name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
  await libraryList(page).getByRole('button', { name: /^安平乡2023年/ }).click();
  await expect(reader(page)).toContainText('各位代表：');
  await expect(reader(page)).toContainText('GB18030');
});

test('delete asks first, and a deleted sample stays deleted after a reload', async ({ page }) => {
  await openApp(page);
  await libraryList(page).getByRole('button', { name: `删除《${SAMPLE_TITLE}》` }).click();
  const dialog = page.getByRole('dialog', { name: '删除报告' });
  await expect(dialog).toContainText(SAMPLE_TITLE);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(libraryItems(page)).toHaveCount(1);

  await libraryList(page).getByRole('button', { name: `删除《${SAMPLE_TITLE}》` }).click();
  await page.getByRole('dialog', { name: '删除报告' }).getByRole('button', { name: '删除' }).click();
  await expect(libraryItems(page)).toHaveCount(0);
  await expect(page.getByText('报告库还是空的')).toBeVisible();
  await page.reload();
  await expect(page.getByText('报告库还是空的')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(0);
});

test('a folder imports its report files, in subfolders too, and passes over other files', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('reports');
  mkdirSync(join(folder, '2023'), { recursive: true });
  writeFileSync(join(folder, '东岭镇.txt'), '东岭镇2024年政府工作报告\n各位代表：\n现在向大会报告工作。');
  writeFileSync(join(folder, '2023', '西岭乡.md'), '西岭乡2023年政府工作报告\n各位代表：\n过去一年，全乡经济平稳运行。');
  writeFileSync(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文件夹…' }).click();
  await (await chooser).setFiles(folder);
  await expect(importResults(page)).toContainText('新增 2 份');
  await expect(importResults(page)).not.toContainText('photo.png');
  await expect(libraryList(page).getByRole('button', { name: /^东岭镇2024年/ })).toBeVisible();
  await expect(libraryList(page).getByRole('button', { name: /^西岭乡2023年/ })).toBeVisible();
});

test('files dropped on the window are imported', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['北川镇2022年政府工作报告\n各位代表：\n报告工作。'], '北川镇.txt', { type: 'text/plain' }));
    const target = document.querySelector('.reader')!;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(importResults(page)).toContainText('北川镇.txt');
  await expect(reader(page).getByRole('heading', { level: 1, name: '北川镇2022年政府工作报告' })).toBeVisible();
});

test('导出文本 downloads the open report as a UTF-8 text file named after its title', async ({ page }) => {
  await openApp(page);
  await expect(reader(page).getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const download = page.waitForEvent('download');
  await reader(page).getByRole('button', { name: '导出文本' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${SAMPLE_TITLE}.txt`);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.startsWith(`${SAMPLE_TITLE}\r\n`)).toBe(true);
  expect(text).toContain('\r\n各位代表：\r\n');
});
