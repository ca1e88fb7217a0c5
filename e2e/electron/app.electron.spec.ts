/**
 * The desktop app itself, launched from the build in out/: the page has no
 * Node, sees exactly the five-function bridge, cannot open windows or
 * navigate off the bundle, is served with the CSP header and no path
 * traversal, shows the 导入 button, and highlights a passage of the sample
 * that the native menu's 撤销 takes away again.
 *
 * It needs Electron's binary, which `npm install` downloads into
 * node_modules/electron/dist. Where that download could not happen the suite
 * skips: the binary is located by reading path.txt, never by
 * `require('electron')`, which would try to download it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';
import { dragSelect } from '../support/select-text';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/** The Electron executable under node_modules/electron/dist, if installed. */
function electronExecutable(): string | undefined {
  const electronDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

const EXECUTABLE = electronExecutable();
const SKIP_REASON = 'Electron binary not installed here (node_modules/electron/dist missing); the browser suite covers the renderer';
if (EXECUTABLE === undefined) console.log(`electron suite skipped: ${SKIP_REASON}`);

/** The page globals the tests touch (this project type-checks without the DOM library). */
interface PageGlobals {
  location: { href: string; origin: string };
  open(url: string): unknown;
}

test.describe('desktop app', () => {
  test.skip(EXECUTABLE === undefined, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication | undefined;
  let page: Page;
  let userData: string | undefined;
  let openedWindows = 0;

  test.beforeAll(async () => {
    if (EXECUTABLE === undefined) return;
    userData = mkdtempSync(join(tmpdir(), 'report-reader-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    env.REPORT_READER_USER_DATA = userData;
    app = await electron.launch({
      executablePath: EXECUTABLE,
      args: [join(ROOT, 'out', 'main', 'index.js')],
      cwd: ROOT,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    app.on('window', () => {
      openedWindows += 1;
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData !== undefined) rmSync(userData, { recursive: true, force: true });
  });

  test('loads the bundle from app://bundle', async () => {
    expect(page.url()).toBe('app://bundle/index.html');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe('app://bundle');
  });

  test('the page has no Node: require and process are undefined', async () => {
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process)).toBe('undefined');
  });

  test('window.api is exactly the nine DesktopApi functions', async () => {
    const api = await page.evaluate(() => {
      const exposed = (globalThis as unknown as { api: Record<string, unknown> }).api;
      return {
        keys: Object.keys(exposed).sort(),
        types: Object.values(exposed).map((value) => typeof value),
        openReports: typeof exposed.openReports,
      };
    });
    expect(api.openReports).toBe('function');
    expect(api.keys).toEqual([
      'autoBackupStatus',
      'onAutoBackupRequest',
      'onMenuCommand',
      'openBackup',
      'openFolder',
      'openReports',
      'saveAutoBackup',
      'saveFile',
      'setLocale',
    ]);
    expect(api.types).toEqual(Array.from({ length: 9 }, () => 'function'));
  });

  test('window.open is denied and no window appears', async () => {
    const before = openedWindows;
    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com') === null);
    expect(opened).toBe(true);
    await page.waitForTimeout(1000);
    expect(openedWindows).toBe(before);
    expect(app?.windows()).toHaveLength(1);
    expect(await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('navigating to the web is blocked', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe('app://bundle');
  });

  test('files are served with the CSP header, and traversal gets 404', async () => {
    const served = await page.evaluate(async () => {
      const entry = await fetch('app://bundle/index.html');
      const encoded = await fetch('app://bundle/%2e%2e/main/index.js');
      const backslash = await fetch('app://bundle/..%5cmain%5cindex.js');
      return {
        status: entry.status,
        csp: entry.headers.get('content-security-policy'),
        traversal: [encoded.status, backslash.status],
      };
    });
    expect(served.status).toBe(200);
    expect(served.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(served.traversal).toEqual([404, 404]);
  });

  test('the native menu has 文件, 编辑, 视图, 帮助', async () => {
    const labels = await app?.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
  });

  test('setLocale switches the native menu to English and back, and refuses other languages', async () => {
    const setLocale = (locale: unknown) =>
      page.evaluate(
        (value) => (globalThis as unknown as { api: { setLocale(locale: unknown): Promise<unknown> } }).api.setLocale(value),
        locale,
      );
    const menuLabels = () => app?.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);

    expect(await setLocale('en')).toEqual({ ok: true, value: { locale: 'en' } });
    expect(await menuLabels()).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    expect(await setLocale('fr')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await setLocale(42)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await setLocale('zh')).toEqual({ ok: true, value: { locale: 'zh' } });
    expect(await menuLabels()).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
  });

  test('the page shows the 导入 button', async () => {
    await expect(page.getByRole('button', { name: '导入', exact: true })).toBeVisible();
  });

  test('key 1 highlights the selected passage of the sample, and the menu’s 撤销 takes it away', async () => {
    const text = page.locator('.report-text');
    await expect(text).toHaveAttribute('data-highlights', '0');
    await dragSelect(page, '粮食生产保持稳定', '总产量达到2.1万吨。');
    await page.keyboard.press('1');
    await expect(text).toHaveAttribute('data-highlights', '1');
    await app?.evaluate(({ Menu }) => {
      const edit = Menu.getApplicationMenu()?.items.find((item) => item.label === '编辑');
      edit?.submenu?.items[0]?.click();
    });
    await expect(text).toHaveAttribute('data-highlights', '0');
  });
});
