/**
 * What the runners that time the app in Chromium share (bench:app-import,
 * bench:library, bench:memory): their options, building the app once
 * (electron-vite) unless told not to, serving out/renderer over
 * http://127.0.0.1 and launching Debian Chromium with the flags of the e2e
 * suite, as bench:open and bench:search do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { countRows } from './open-report/app-library';
import { serveFolder, type StaticServer } from './open-report/static-server';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const APP_DIR = join(ROOT, 'out/renderer');
/** The flags the e2e suite gives Chromium (playwright.config.ts), as bench:open and bench:search use them. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The keys under which the app remembers its view and its open report (src/renderer/src/App.tsx). */
export const VIEW_KEY = 'report-reader.view';
export const OPEN_REPORT_KEY = 'report-reader.open-report';

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** `--name N`, a whole number of at least 1, or `fallback`. */
export function wholeOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} takes a whole number of at least 1`);
  return value;
}

/** The results file: `--out FILE`, or bench/results/`name`. */
export function resultFile(name: string): string {
  const at = process.argv.indexOf('--out');
  return at >= 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : join(ROOT, 'bench/results', name);
}

/** Builds the app (electron-vite) unless --no-app-build; throws when there is no build to time. */
export function ensureAppBuild(): void {
  if (!process.argv.includes('--no-app-build')) {
    log('building the app (electron-vite build)…');
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) log('electron-vite build failed: timing the earlier build in out/renderer, if there is one');
  }
  if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('No build in out/renderer: run without --no-app-build');
}

/** Chromium and the app's renderer served, for `work`; both closed after, whatever happens. */
export async function withApp<T>(work: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  let server: StaticServer | null = null;
  try {
    server = await serveFolder(APP_DIR);
    return await work(browser, server.origin);
  } finally {
    await browser.close();
    await server?.close();
  }
}

/**
 * Opens the app in `page` (a fresh context's) and waits for its first start
 * to be over: the sample report listed and the default codebook written, so
 * nothing the bench does races them.
 */
export async function firstStart(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.locator('.report-open').first().waitFor({ timeout: 60_000 });
  for (const started = Date.now(); (await countRows(page, 'themes')) === 0; ) {
    if (Date.now() - started > 30_000) throw new Error('The app wrote no codebook within 30 s of its first start');
    await page.waitForTimeout(100);
  }
}

/** The median of `values` (the mean of the middle two for an even count); a RangeError for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The page's heap, in MB: before and after the garbage is collected (twice, over the DevTools protocol). */
export interface HeapMetrics {
  /** JSHeapUsedSize (Performance.getMetrics) after the collections. */
  usedMB: number;
  /** JSHeapUsedSize before them: what the idle page held, garbage included. */
  beforeGcMB: number;
  /** JSHeapTotalSize after them. */
  totalMB: number;
  /** Runtime.getHeapUsage's embedder heap (Blink's objects traced by V8: the DOM and such) after them. */
  embedderUsedMB: number;
  /** DOM nodes (Performance.getMetrics). */
  nodes: number;
}

/** The heap of `page`'s renderer main thread (see HeapMetrics). */
export async function heapAfterGc(page: Page): Promise<HeapMetrics> {
  const MB = 2 ** 20;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
    const before = await metric('JSHeapUsedSize');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const after = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { embedderHeapUsedSize?: number };
    return {
      usedMB: after('JSHeapUsedSize') / MB,
      beforeGcMB: before / MB,
      totalMB: after('JSHeapTotalSize') / MB,
      embedderUsedMB: (usage.embedderHeapUsedSize ?? NaN) / MB,
      nodes: after('Nodes'),
    };
  } finally {
    await cdp.detach();
  }
}
