/**
 * The reader's structure and metadata: captions, run-in headings, the
 * outline (目录), the facts bar, the summary, and the switch that shows the
 * lines hidden from the text without changing the text.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importWithButton, libraryList, openApp, reader } from './support/app';
import { linesToBody, putReport, type StoredReport } from './support/library-db';

const TITLE = '白鹭镇2024年政府工作报告';
const FILLER = Array.from({ length: 30 }, (_, i) => ({ text: `全镇第${i + 1}项重点工作稳步推进，群众获得感、幸福感、安全感持续增强，各项指标完成良好。` }));
const BODY = linesToBody([
  { text: TITLE, kind: 'title' },
  { text: '各位代表：' },
  { text: '一、2023年工作回顾', kind: 'heading', level: 1 },
  { text: '（一）经济稳步增长。全年完成地区生产总值12.5亿元，增长6.1%。', level: 2, runInLength: 10 },
  { text: '图为白鹭镇新建的农贸市场', kind: 'caption' },
  ...FILLER,
  { text: '二、2024年工作安排', kind: 'heading', level: 1 },
  { text: '全镇上下要坚定信心。' },
]);

/** A report as a finished parser would store it: every kind of block, metadata, and hidden lines. */
const STORED: StoredReport = {
  record: {
    id: 'e2e-bailu',
    title: TITLE,
    place: '白鹭镇',
    placeLevel: '镇',
    region: null,
    year: 2024,
    date: '2024-01-10',
    published: '2024-01-12 09:30',
    speaker: '李明',
    source: '白鹭镇人民政府网',
    author: null,
    summary: '全镇地区生产总值增长6.1%，重点项目全部开工。',
    incomplete: true,
    compilationTitle: null,
    warnings: [],
    size: BODY.text.length,
    sourceHash: 'e2e-bailu',
    sourceIndex: 0,
    sourceName: '白鹭镇.html',
    encoding: 'utf-8',
    importedAt: '2030-01-01T00:00:00.000Z',
    sample: false,
  },
  body: {
    ...BODY,
    hidden: [
      { text: '首页 > 政务公开 > 白鹭镇', reason: 'navigation', before: 0 },
      { text: '扫一扫在手机打开当前页', reason: 'share', before: 1 },
      { text: '本站由某某公司技术支持', reason: 'a-reason-the-reader-does-not-know', before: BODY.blocks.length },
    ],
  },
};

test('the reader shows captions, run-in headings, the outline, the metadata and the summary', async ({ page }) => {
  await openApp(page);
  await putReport(page, STORED);
  await page.reload();
  await libraryList(page).getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  const main = reader(page);
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await expect(main.locator('.report-text p.caption')).toHaveText('图为白鹭镇新建的农贸市场');
  const runIn = main.locator('.report-text p > strong.run-in');
  await expect(runIn).toHaveText('（一）经济稳步增长。');
  await expect(runIn).toHaveClass(/level-2/);
  await expect(runIn.locator('xpath=..')).toHaveText('（一）经济稳步增长。全年完成地区生产总值12.5亿元，增长6.1%。');

  for (const fact of ['地点：白鹭镇（镇级）', '年份：2024', '会议日期：2024-01-10', '发布时间：2024-01-12 09:30', '报告人：李明', '来源：白鹭镇人民政府网', '来源文件：白鹭镇.html', '编码：UTF-8']) {
    await expect(main.locator('.report-facts')).toContainText(fact);
  }
  await expect(main.locator('.report-facts')).not.toContainText('作者：');
  await expect(main.locator('.reader-bar')).toContainText('内容不完整');
  await expect(main.getByRole('complementary', { name: '核心提示' })).toContainText('全镇地区生产总值增长6.1%，重点项目全部开工。');

  const outline = main.getByRole('navigation', { name: '目录' });
  await expect(outline.getByRole('listitem')).toHaveText(['一、2023年工作回顾', '（一）经济稳步增长。', '二、2024年工作安排']);
  const last = main.getByRole('heading', { name: '二、2024年工作安排' });
  await expect(last).not.toBeInViewport();
  await outline.getByRole('button', { name: '二、2024年工作安排' }).click();
  await expect(last).toBeInViewport();
});

test('显示隐藏内容 shows the hidden lines where they stood, with their reason, and the text stays the same', async ({ page }) => {
  await openApp(page);
  await putReport(page, STORED);
  await page.reload();
  await libraryList(page).getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  const main = reader(page);
  const toggle = main.getByRole('button', { name: /^显示隐藏内容/ });
  const lines = main.locator('.report-text .hidden-line');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toContainText('3 行');
  await expect(lines).toHaveCount(0);
  await expect(main).not.toContainText('首页 > 政务公开');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveText('已隐藏：网站导航首页 > 政务公开 > 白鹭镇');
  await expect(lines.nth(1)).toHaveText('已隐藏：分享按钮扫一扫在手机打开当前页');
  await expect(lines.nth(2)).toHaveText('已隐藏：不属于正文本站由某某公司技术支持');
  // Each stands before the block it preceded: the breadcrumb before the title, the share line before 各位代表.
  const order = await main.locator('.report-text > *').evaluateAll((children) => children.slice(0, 4).map((c) => c.textContent));
  expect(order).toEqual(['已隐藏：网站导航首页 > 政务公开 > 白鹭镇', TITLE, '已隐藏：分享按钮扫一扫在手机打开当前页', '各位代表：']);
  await expect(main.locator('.report-text > *').last()).toHaveText('已隐藏：不属于正文本站由某某公司技术支持');

  // The text is the report's text: exported, it holds none of the hidden lines.
  const download = page.waitForEvent('download');
  await main.getByRole('button', { name: '导出文本' }).click();
  const exported = readFileSync((await (await download).path())!).subarray(3).toString('utf8');
  expect(exported).toBe(`${BODY.text.replace(/\n/g, '\r\n')}\r\n`);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(lines).toHaveCount(0);
});

test('an imported web page: the breadcrumb is hidden, the caption and run-in heading are found', async ({ page }) => {
  await openApp(page);
  const text = [
    '首页 > 政务公开 > 白鹭镇',
    TITLE,
    '——2024年1月10日在白鹭镇第五届人民代表大会第四次会议上',
    '各位代表：',
    '现在，我代表镇人民政府向大会报告工作，请予审议。',
    '一、2023年工作回顾',
    '（一）经济稳步增长。全年完成地区生产总值12.5亿元，增长6.1%。',
    '图为白鹭镇新建的农贸市场',
    '二、2024年工作安排',
    '全镇上下要坚定信心。',
  ].join('\n');
  await importWithButton(page, { name: '白鹭镇.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const main = reader(page);
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(main.locator('.report-facts')).toContainText('会议日期：2024-01-10');
  await expect(main.locator('.report-text p.caption')).toHaveText('图为白鹭镇新建的农贸市场');
  await expect(main.locator('.report-text strong.run-in')).toHaveText('（一）经济稳步增长。');

  const toggle = main.getByRole('button', { name: /^显示隐藏内容/ });
  await expect(main.locator('.report-text')).not.toContainText('首页 > 政务公开');
  await toggle.click();
  await expect(main.locator('.report-text .hidden-line').first()).toHaveText('已隐藏：网站导航首页 > 政务公开 > 白鹭镇');
});

test('the importer’s notes about a report are shown in words, the text kept as written', async ({ page }) => {
  await openApp(page);
  const text = '安平乡2023年政府工作报告\n各位代表：\n全年完成投资L8亿元，新建道路\u200b12公里。';
  await importWithButton(page, { name: '安平乡.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const notes = reader(page).getByRole('group').filter({ hasText: '导入提示（2）' });
  await notes.getByText('导入提示（2）').click();
  await expect(notes).toContainText('疑似字符识别错误，原文保留：L8');
  await expect(notes).toContainText('已去除 1 个网站插入的不可见字符');
  await expect(reader(page)).toContainText('全年完成投资L8亿元，新建道路12公里。');
});
