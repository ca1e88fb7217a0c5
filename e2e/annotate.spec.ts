/**
 * The analyst's core loop on seed 000 (a township report from a government
 * site): select the sentence of 兜牢脱贫底线 and press the key of 乡村振兴, add
 * a note; select an overlapping passage and tag it 安全生产; reload: both are
 * there, in 批注 and drawn in the text; merge 安全生产 into another theme: the
 * highlight follows; undo: it is back.
 */
import { expect, test, type Page } from '@playwright/test';
import { importWithButton, libraryList, openApp, reader } from './support/app';
import { HAVE_SEEDS, NO_SEEDS_REASON, seedFiles } from './support/seeds';
import { dragSelect } from './support/select-text';

const annotations = (page: Page) => page.getByRole('region', { name: '批注' });
const annotationItems = (page: Page) => annotations(page).getByRole('listitem');
const painted = (page: Page) => reader(page).locator('.report-text');

/** The highlights the CSS Custom Highlight API paints, by set name, as the exact strings of their ranges. */
async function paintedSets(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const sets: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      sets[name] = [...highlight].map((range) => range.toString());
    });
    return sets;
  });
}

test.skip(!HAVE_SEEDS, NO_SEEDS_REASON);

test('highlight, tag, note, overlap, reload, merge and undo on seed 000', async ({ page }) => {
  await openApp(page);
  const seed = seedFiles().find((path) => path.includes('000_'));
  if (!seed) throw new Error('seed 000 is missing from ../shared/seeds');
  await importWithButton(page, seed);
  await libraryList(page).getByRole('button', { name: /^巴州区清江镇2023年政府工作报告/ }).click();
  await expect(reader(page).getByRole('heading', { name: '巴州区清江镇2023年政府工作报告' })).toBeVisible();

  // 兜牢脱贫底线's sentence, tagged with the key of 乡村振兴 (the first theme: 1), and a note.
  await dragSelect(page, '兜牢脱贫底线', '帮扶措施和政策全面兑现落实。');
  // N straight after 1, as fast as a hand types: it opens the note of the highlight 1 just made.
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await expect(painted(page)).toHaveAttribute('data-highlights', '1');
  const note = page.getByRole('dialog', { name: '划线' }).getByRole('textbox');
  await expect(note).toBeFocused();
  await note.fill('监测户数量少，帮扶落实到位');
  await note.press('Control+Enter');
  await page.keyboard.press('Escape');
  await expect(annotationItems(page)).toHaveCount(1);
  await expect(annotationItems(page).first()).toContainText('监测户数量少，帮扶落实到位');

  // An overlapping passage, tagged 安全生产 (the third theme) from the toolbar.
  await dragSelect(page, '健全完善防返贫动态监测', '聚焦稳定增收。');
  await page.getByRole('toolbar', { name: '为选中的段落添加主题' }).getByRole('button', { name: /安全生产/ }).click();
  await expect(painted(page)).toHaveAttribute('data-highlights', '2');

  // After a reload both are in 批注, in reading order, and drawn in the text, layered where they overlap.
  await page.reload();
  await expect(painted(page)).toHaveAttribute('data-highlights', '2');
  await expect(annotationItems(page)).toHaveCount(2);
  await expect(annotationItems(page).nth(0)).toContainText('兜牢脱贫底线。严格落实');
  await expect(annotationItems(page).nth(0)).toContainText('乡村振兴');
  await expect(annotationItems(page).nth(1)).toContainText('安全生产');
  const sets = await paintedSets(page);
  expect(sets['theme-0']).toEqual([expect.stringMatching(/^兜牢脱贫底线。.*帮扶措施和政策全面兑现落实。$/)]);
  expect(sets['theme-2']).toEqual([expect.stringMatching(/^健全完善防返贫动态监测.*聚焦稳定增收。$/)]);
  await page.screenshot({ path: test.info().outputPath('overlapping-highlights.png') });

  // Merge 安全生产 into 基层治理: the highlight follows.
  await page.getByRole('tab', { name: '主题' }).click();
  const codebook = page.getByRole('tabpanel', { name: '主题' });
  await codebook.getByRole('button', { name: /^安全生产，/ }).click();
  await codebook.getByRole('group', { name: '安全生产' }).getByRole('button', { name: '合并到…' }).click();
  const merge = page.getByRole('dialog', { name: '合并主题' });
  await merge.getByLabel('合并到').selectOption({ label: '基层治理' });
  await merge.getByRole('button', { name: '合并' }).click();
  await expect(codebook.getByRole('button', { name: /^安全生产，/ })).toHaveCount(0);
  await expect(codebook.getByRole('button', { name: /^基层治理，/ })).toHaveAccessibleName(/1 条划线/);
  await page.screenshot({ path: test.info().outputPath('codebook.png') });
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(annotationItems(page).nth(1)).toContainText('基层治理');
  await expect(annotationItems(page).nth(1)).not.toContainText('安全生产');

  // Undo: 安全生产 is back, on its highlight.
  await page.keyboard.press('Control+z');
  await expect(annotationItems(page).nth(1)).toContainText('安全生产');
  await expect(annotationItems(page).nth(1)).not.toContainText('基层治理');
  await expect(page.getByRole('button', { name: /重做/ })).toBeEnabled();
});
