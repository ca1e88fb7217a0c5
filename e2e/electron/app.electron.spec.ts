/**
 * The desktop app itself, launched from the build in out/: the page has no
 * Node, sees exactly the nine-function bridge, cannot open windows or
 * navigate off the bundle (a web link is only offered to the system's
 * browser, after the user agrees), is refused every permission, is served
 * with the CSP header and no path traversal, and a page of another origin
 * given the same preload is refused by every IPC handler. A hostile saved web
 * page imports as text with none of its script run; the page shows the 导入
 * button, and highlights a passage of the sample that the native menu's 撤销
 * takes away again.
 *
 * It needs Electron's binary, which `npm install` downloads into
 * node_modules/electron/dist. Where that download could not happen the suite
 * skips: the binary is located by reading path.txt, never by
 * `require('electron')`, which would try to download it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';
import { ELECTRON_EXECUTABLE, ELECTRON_SKIP_REASON, launchDesktopApp, PROJECT_ROOT } from '../support/electron-app';
import { expectReportShownAsTextOnly, HOSTILE_REPORT_FILE } from '../support/hostile-report';
import { dragSelect } from '../support/select-text';

const EXECUTABLE = ELECTRON_EXECUTABLE;
const SKIP_REASON = ELECTRON_SKIP_REASON;
if (EXECUTABLE === undefined) console.log(`electron suite skipped: ${SKIP_REASON}`);

/** The page globals the tests touch (this project type-checks without the DOM library). */
interface PageGlobals {
  location: { href: string; origin: string };
  open(url: string): unknown;
}

/** What the main process recorded of the questions asked before a link leaves the app, and of the links opened. */
interface LinkRecord {
  __linkPrompts: { detail: string; buttons: string[] }[];
  __linkOpened: string[];
  __linkAnswer: number;
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
    app = await launchDesktopApp(EXECUTABLE, userData);
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    app.on('window', () => {
      openedWindows += 1;
    });
    // The question before a link leaves the app, and the system's browser, are recorded instead of shown:
    // every question is answered with the button in `__linkAnswer` (1, 取消, unless a test says otherwise).
    await app.evaluate(({ dialog, shell }) => {
      const record = globalThis as unknown as LinkRecord;
      record.__linkPrompts = [];
      record.__linkOpened = [];
      record.__linkAnswer = 1;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as { detail?: string; buttons?: string[] };
        record.__linkPrompts.push({ detail: options.detail ?? '', buttons: options.buttons ?? [] });
        return { response: record.__linkAnswer, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      shell.openExternal = async (url: string) => {
        record.__linkOpened.push(url);
      };
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
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).module)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).Buffer)).toBe('undefined');
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

  test('a web or mail link is opened outside the app only after the user agrees, and other schemes never', async () => {
    const links = () =>
      app!.evaluate(() => {
        const { __linkPrompts, __linkOpened } = globalThis as unknown as LinkRecord;
        return { prompts: __linkPrompts.map((prompt) => prompt.detail), opened: [...__linkOpened] };
      });
    const answer = (response: number) =>
      app!.evaluate((_electron, value) => {
        (globalThis as unknown as LinkRecord).__linkAnswer = value;
      }, response);
    const openInPage = (url: string) => page.evaluate((value) => (globalThis as unknown as PageGlobals).open(value), url);
    await app!.evaluate(() => {
      const record = globalThis as unknown as LinkRecord;
      record.__linkPrompts = [];
      record.__linkOpened = [];
    });
    const gov = 'https://www.gov.cn/zhengce/';
    const stats = 'https://www.stats.gov.cn/sj/';
    const mail = 'mailto:office@example.gov.cn';

    // Declined: a new window, then a navigation of the page itself; the page stays where it was.
    await answer(1);
    await openInPage(gov);
    await expect.poll(links).toEqual({ prompts: [gov], opened: [] });
    await page.evaluate((url) => {
      (globalThis as unknown as PageGlobals).location.href = url;
    }, stats);
    await expect.poll(links).toEqual({ prompts: [gov, stats], opened: [] });
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    expect(
      await app!.evaluate(() => (globalThis as unknown as LinkRecord).__linkPrompts.at(-1)?.buttons),
    ).toEqual(['打开', '取消']);

    // Agreed: handed to the system, exactly as shown.
    await answer(0);
    await openInPage(gov);
    await expect.poll(links).toEqual({ prompts: [gov, stats, gov], opened: [gov] });
    await openInPage(mail);
    await expect.poll(links).toEqual({ prompts: [gov, stats, gov, mail], opened: [gov, mail] });

    // Even a user who agrees to everything is never asked about these.
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'weixin://dl/chat', 'https://user:pw@www.gov.cn/']) {
      await openInPage(url);
    }
    await page.waitForTimeout(500);
    expect(await links()).toEqual({ prompts: [gov, stats, gov, mail], opened: [gov, mail] });
    expect(app?.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    await answer(1);
  });

  test('every permission the page asks for is refused', async () => {
    const answers = await page.evaluate(async () => {
      const notification = await Notification.requestPermission();
      const geolocation = (await navigator.permissions.query({ name: 'geolocation' })).state;
      const position = await new Promise<number | 'granted'>((resolve) => {
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (error) => resolve(error.code),
          { timeout: 5000 },
        );
      });
      return { notification, geolocation, position };
    });
    expect(answers).toEqual({ notification: 'denied', geolocation: 'denied', position: 1 });
  });

  test('the CSP header blocks an inline handler injected straight into the page', async () => {
    const outcome = await page.evaluate(
      () =>
        new Promise<{ violated: string; pwned: string }>((resolve) => {
          let violated = '';
          document.addEventListener('securitypolicyviolation', (event) => {
            violated = event.effectiveDirective;
          });
          const host = document.createElement('div');
          host.innerHTML = '<img src="app://bundle/no-such-image.png" onerror="window.__pwned=1">';
          host.querySelector('img')!.addEventListener('error', () => {
            setTimeout(() => resolve({ violated, pwned: typeof (window as unknown as { __pwned?: unknown }).__pwned }), 100);
          });
          document.body.append(host);
        }),
    );
    expect(outcome).toEqual({ violated: 'script-src-attr', pwned: 'undefined' });
  });

  test('a page of another origin, even with the preload, is refused by every IPC handler', async () => {
    const preload = join(PROJECT_ROOT, 'out', 'preload', 'index.cjs');
    const answers = await app!.evaluate(async ({ BrowserWindow, Menu }, preloadPath) => {
      const foreign = new BrowserWindow({
        show: false,
        webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
      try {
        await foreign.loadURL('data:text/html;charset=utf-8,<p>foreign</p>');
        const call = (code: string) => foreign.webContents.executeJavaScript(code) as Promise<unknown>;
        return {
          url: foreign.webContents.getURL().slice(0, 5),
          api: await call('Object.keys(window.api).sort().join()'),
          setLocale: await call("window.api.setLocale('en')"),
          openReports: await call('window.api.openReports()'),
          saveFile: await call("window.api.saveFile({ suggestedName: 'x.md', bytes: new Uint8Array([1]), extensions: ['md'] })"),
          menu: Menu.getApplicationMenu()?.items.map((item) => item.label) ?? [],
        };
      } finally {
        foreign.destroy();
      }
    }, preload);
    expect(answers.url).toBe('data:');
    expect(answers.api).toBe('onMenuCommand,openFolder,openReports,saveFile,setLocale');
    for (const result of [answers.setLocale, answers.openReports, answers.saveFile]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    }
    expect(answers.menu).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
    expect(await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
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

  test('a hostile saved web page imports through the dialog as text, and none of its script runs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-reader-hostile-'));
    try {
      const file = join(folder, HOSTILE_REPORT_FILE.name);
      writeFileSync(file, HOSTILE_REPORT_FILE.buffer);
      await app?.evaluate(({ dialog }, path) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
      }, file);
      await page.getByRole('button', { name: '导入', exact: true }).click();
      await expect(page.getByRole('status', { name: '导入结果' })).toContainText(HOSTILE_REPORT_FILE.name);
      await expectReportShownAsTextOnly(page);
      expect(page.url()).toMatch(/^app:\/\/bundle\//);
      expect(app?.windows()).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
