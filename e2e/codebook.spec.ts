/**
 * The codebook panel (主题) in the sidebar: create a theme, rename it (a name
 * taken is refused and explained), merge it into 乡村振兴 (its highlights
 * move there), delete another theme dropping it from its highlights, the
 * tree and the counts following each change, and Ctrl+Z bringing the
 * deleted theme back.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, reader, SAMPLE_TITLE } from './support/app';

/** A highlight as the library stores it (HighlightRecord in src/renderer/src/db/db.ts), of a report the test never opens. */
function storedHighlight(id: string, themeIds: string[]) {
  return {
    id,
    reportId: 'e2e-codebook-report',
    themeIds,
    note: '',
    selectors: { position: { start: 0, end: 4 }, quote: { exact: '乡村振兴', prefix: '', suffix: '' } },
    textHash: '0'.repeat(64),
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
  };
}

type StoredHighlight = ReturnType<typeof storedHighlight>;

/** Writes highlights straight into the app's library; reload for the app to see them. */
async function putHighlights(page: Page, highlights: StoredHighlight[]): Promise<void> {
  await page.evaluate(
    (highlights) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('report-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('highlights', 'readwrite');
          for (const highlight of highlights) tx.objectStore('highlights').put(highlight);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    highlights,
  );
}

/** Reads one store of the app's library. */
async function readStore<T>(page: Page, store: 'themes' | 'highlights'): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('report-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The theme ids of every stored highlight, by highlight id. */
async function storedAssignments(page: Page): Promise<Record<string, string[]>> {
  const highlights = await readStore<StoredHighlight>(page, 'highlights');
  return Object.fromEntries(highlights.map((highlight) => [highlight.id, highlight.themeIds]));
}

const codebookPanel = (page: Page) => page.getByRole('tabpanel', { name: '主题' });
const themeList = (page: Page) => codebookPanel(page).getByRole('list', { name: '主题列表' });
/** A theme's row, by the start of its accessible name: `乡村振兴，快捷键 1，3 条划线`. */
const themeRow = (page: Page, name: string) => themeList(page).getByRole('button', { name: new RegExp(`^${name}，`) });

/**
 * Opens the 主题 tab and waits for the default codebook to show. The sample
 * report is waited for first: the sidebar is made afresh when a report opens.
 */
async function openCodebook(page: Page): Promise<void> {
  await expect(reader(page).getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await page.getByRole('tab', { name: '主题' }).click();
  await expect(themeRow(page, '乡村振兴')).toBeVisible();
}

test('the codebook panel creates, renames, merges and deletes themes, and Ctrl+Z undoes', async ({ page }) => {
  await openApp(page);
  await openCodebook(page);
  await putHighlights(page, [
    storedHighlight('h1', ['rural-revitalisation']),
    storedHighlight('h2', ['rural-revitalisation']),
    storedHighlight('h3', ['work-safety']),
    storedHighlight('h4', ['work-safety', 'rural-revitalisation']),
  ]);
  await page.reload();
  await openCodebook(page);

  await expect(themeList(page).locator('.theme-row')).toHaveCount(12);
  await expect(themeRow(page, '乡村振兴')).toHaveAccessibleName('乡村振兴，快捷键 1，3 条划线');
  await expect(themeRow(page, '安全生产')).toHaveAccessibleName('安全生产，快捷键 3，2 条划线');

  // Create a theme nested under 乡村振兴.
  const panel = codebookPanel(page);
  await panel.getByRole('button', { name: '新建主题' }).click();
  const form = panel.getByRole('form', { name: '新建主题' });
  await form.getByLabel('名称').fill('数字乡村');
  await form.getByLabel('上级主题').selectOption({ label: '乡村振兴' });
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form).toBeHidden();
  await expect(themeRow(page, '数字乡村')).toHaveAccessibleName('数字乡村，快捷键 2，0 条划线');
  await expect(themeRow(page, '数字乡村')).toHaveAttribute('aria-expanded', 'true');
  // It is nested: its row is inside 乡村振兴's item, in the list of its children.
  const ruralItem = themeList(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^乡村振兴，/ }) });
  await expect(ruralItem.getByRole('list').getByRole('button', { name: /^数字乡村，/ })).toBeVisible();

  // Rename it: a name its sibling-to-be has is refused and explained; then a free name.
  const editor = panel.getByRole('group', { name: '数字乡村' });
  const name = editor.getByLabel('名称');
  await expect(name).toBeFocused();
  await panel.getByRole('button', { name: '新建主题' }).click();
  const sibling = panel.getByRole('form', { name: '新建主题' });
  await sibling.getByLabel('名称').fill('智慧农业');
  await sibling.getByLabel('上级主题').selectOption({ label: '乡村振兴' });
  await sibling.getByRole('button', { name: '添加' }).click();
  await expect(themeRow(page, '智慧农业')).toBeVisible();
  await themeRow(page, '数字乡村').click();
  await name.fill('智慧农业');
  await name.press('Enter');
  await expect(editor.getByRole('alert')).toHaveText(/同一级已有名为“智慧农业”的主题/);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('数字乡村建设');
  await name.press('Enter');
  await expect(themeRow(page, '数字乡村建设')).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);

  // Give it highlights of its own, so the merge has something to move.
  const themes = await readStore<{ id: string; name: string }>(page, 'themes');
  const digitalId = themes.find((theme) => theme.name === '数字乡村建设')?.id ?? '';
  expect(digitalId).not.toBe('');
  await putHighlights(page, [storedHighlight('h5', [digitalId]), storedHighlight('h6', [digitalId, 'rural-revitalisation'])]);
  await page.reload();
  await openCodebook(page);
  await expect(themeRow(page, '数字乡村建设')).toHaveAccessibleName('数字乡村建设，快捷键 2，2 条划线');

  // Merge it into 乡村振兴: its highlights move there.
  await themeRow(page, '数字乡村建设').click();
  await panel.getByRole('group', { name: '数字乡村建设' }).getByRole('button', { name: '合并到…' }).click();
  const merge = page.getByRole('dialog', { name: '合并主题' });
  await expect(merge).toContainText('“数字乡村建设”的 2 条划线将改用目标主题');
  await expect(merge.getByRole('button', { name: '合并' })).toBeDisabled();
  await merge.getByLabel('合并到').selectOption({ label: '乡村振兴' });
  await merge.getByRole('button', { name: '合并' }).click();
  await expect(merge).toBeHidden();
  await expect(themeRow(page, '数字乡村建设')).toHaveCount(0);
  await expect(themeRow(page, '乡村振兴')).toHaveAccessibleName('乡村振兴，快捷键 1，5 条划线');
  expect(await storedAssignments(page)).toMatchObject({ h5: ['rural-revitalisation'], h6: ['rural-revitalisation'] });

  // Delete 安全生产, dropping it from its highlights.
  await themeRow(page, '安全生产').click();
  await panel.getByRole('group', { name: '安全生产' }).getByRole('button', { name: '删除主题' }).click();
  const remove = page.getByRole('dialog', { name: '删除主题' });
  await expect(remove).toContainText('“安全生产”用在 2 条划线上');
  await remove.getByRole('radio', { name: /从划线中移除/ }).check();
  await remove.getByRole('button', { name: '删除', exact: true }).click();
  await expect(remove).toBeHidden();

  // The tree and the counts: 安全生产 gone, the keys after it moved up by one.
  await expect(themeRow(page, '安全生产')).toHaveCount(0);
  await expect(themeList(page).locator('.theme-row')).toHaveCount(12);
  await expect(themeRow(page, '乡村振兴')).toHaveAccessibleName('乡村振兴，快捷键 1，5 条划线');
  await expect(themeRow(page, '智慧农业')).toHaveAccessibleName('智慧农业，快捷键 2，0 条划线');
  await expect(themeRow(page, '产业发展')).toHaveAccessibleName('产业发展，快捷键 3，0 条划线');
  await expect(themeRow(page, '生态环保')).toHaveAccessibleName(/^生态环保，快捷键 4，/);
  expect(await storedAssignments(page)).toMatchObject({ h3: [], h4: ['rural-revitalisation'] });

  // Ctrl+Z brings it back, with its highlights.
  await page.keyboard.press('Control+z');
  await expect(themeRow(page, '安全生产')).toHaveAccessibleName('安全生产，快捷键 4，2 条划线');
  expect(await storedAssignments(page)).toMatchObject({ h3: ['work-safety'], h4: ['work-safety', 'rural-revitalisation'] });
});
