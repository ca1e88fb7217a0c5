/**
 * The three timings of bench:library, each taken inside the page with
 * `performance.now()` and stopped in a task queued from the animation frame
 * after the awaited change (so that frame's style, layout and paint are in):
 *
 * - *open*: to the frame after the library list shows its first entries,
 *   from the app's own start (its `app-start` mark, set as the entry
 *   module's body begins: the app's code fetched, compiled and evaluated)
 *   and, for information, from the start of a reload (the new document's
 *   time origin, which Navigation Timing puts at the start of the
 *   navigation, before the old document is unloaded); the app starts in its
 *   报告 view with no report open;
 * - *filter*: from the year select's `change` (a capture-phase listener on
 *   the document) to the frame after the count line shows the year's count;
 * - *matrix*: from the click on 分析 to the frame after the summary line
 *   (`N 份报告有划线…`) shows, which MatrixPanel renders with the matrix it
 *   has just computed, and to the frame after the theme × report chart's
 *   canvas has paint on it (a row of pixels across its middle, read after
 *   each frame; ECharts draws the whole chart in one pass of its frame loop,
 *   animation off).
 *
 * The list is windowed: the number of entries is read from the rows'
 * `aria-setsize` (the length of the whole list), and the rows in the page
 * are counted apart. Each clock also sets the marks `bench-start` and
 * `bench-end`, for a trace of the step (run.ts --trace).
 *
 * Once stopped, a clock says so on the console, and the runner waits for
 * that line through the DevTools protocol: nothing of Playwright's runs in
 * the page while it is timed (no polling, and not Playwright's own script,
 * which it compiles in a new document at its first use: some 25 ms that
 * would otherwise fall inside the app's start).
 */
import type { Page } from '@playwright/test';
import { OPEN_REPORT_KEY, VIEW_KEY } from '../app-session';
import { settle } from '../open-report/app-bench';

export interface OpenTiming {
  /** Milliseconds from the reload to the frame after the list shows. */
  ms: number;
  /** When the app's code began to run (its `app-start` mark), the list's first entries were in the DOM, the HTML response ended and DOMContentLoaded, on the same clock. */
  appStartMs: number | null;
  listedMs: number;
  responseEndMs: number | null;
  domContentLoadedMs: number | null;
  /** Entries in the list then, and rows of it in the page. */
  entries: number;
  rows: number;
}

export interface FilterTiming {
  ms: number;
  entries: number;
}

export interface MatrixTiming {
  /** Milliseconds from the click on 分析 to the frame after the chart has paint. */
  ms: number;
  /** …and to the frame after the summary line shows: the matrix computed (the same when they came in one frame). */
  summaryMs: number | null;
  line: string;
  /** Painted pixels of the canvas when the clock stopped, and a second later (the chart was whole if they agree). */
  paintedAtStop: number;
  paintedLater: number;
}

/** The console line of a stopped clock. */
const STOPPED = 'bench-library: clock stopped';

/** Resolves when a clock of `page` has stopped (see the module comment). */
function stopped(page: Page, timeout: number): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === STOPPED, timeout });
}

declare global {
  interface Window {
    benchOpen?: OpenTiming;
    benchFilter?: FilterTiming;
    benchMatrix?: Omit<MatrixTiming, 'paintedLater'>;
  }
}

/**
 * Arms every document `page` loads from now on: the app starts in its 报告
 * view with no report open, and the open clock runs (see the module comment).
 */
export async function armOpenClock(page: Page): Promise<void> {
  await page.addInitScript(
    ({ viewKey, openKey, stoppedLine }) => {
      localStorage.setItem(viewKey, 'reports');
      localStorage.removeItem(openKey);
      performance.mark('bench-start');
      const state = { seen: false };
      const observer = new MutationObserver(() => {
        if (state.seen || !document.querySelector('.report-list .report-open')) return;
        state.seen = true;
        observer.disconnect();
        const listed = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('bench-end');
            const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            const rows = document.querySelectorAll('.report-list .report-item');
            window.benchOpen = {
              ms: performance.now(),
              appStartMs: performance.getEntriesByName('app-start', 'mark')[0]?.startTime ?? null,
              listedMs: listed,
              responseEndMs: navigation?.responseEnd ?? null,
              domContentLoadedMs: navigation?.domContentLoadedEventEnd || null,
              entries: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
              rows: rows.length,
            };
            console.debug(stoppedLine);
          }, 0),
        );
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { viewKey: VIEW_KEY, openKey: OPEN_REPORT_KEY, stoppedLine: STOPPED },
  );
}

/** Opens the app at `origin` in `page` (armed with `armOpenClock`) and waits for its list (the clock stopped, its line not left to a later wait). */
export async function openApp(page: Page, origin: string): Promise<void> {
  const done = stopped(page, 120_000);
  await page.goto(`${origin}/`);
  await done;
}

/** Reloads the page (armed with `armOpenClock`) and times it until the list shows. */
export async function timeOpen(page: Page): Promise<OpenTiming> {
  const done = stopped(page, 120_000);
  await page.reload({ waitUntil: 'commit' });
  await done;
  return (await page.evaluate(() => window.benchOpen)) as OpenTiming;
}

/** Chooses `year` ('' for every year) in the library's year select and times it until the count line says `expected`. */
export async function timeFilter(page: Page, year: number | '', expected: number): Promise<FilterTiming> {
  await page.evaluate(
    ({ expected, stoppedLine }) => {
      window.benchFilter = undefined;
      const count = document.querySelector('.library-count');
      if (!count) throw new Error('No .library-count in the page');
      const clock = { start: -1, done: false };
      const observer = new MutationObserver(() => {
        if (clock.start < 0 || clock.done || Number((count.textContent ?? '').replace(/\D/g, '')) !== expected) return;
        clock.done = true;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('bench-end');
            const first = document.querySelector('.report-list .report-item');
            window.benchFilter = { ms: performance.now() - clock.start, entries: Number(first?.getAttribute('aria-setsize') ?? 0) };
            console.debug(stoppedLine);
          }, 0),
        );
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
      document.addEventListener(
        'change',
        () => {
          performance.mark('bench-start');
          clock.start = performance.now();
        },
        { capture: true, once: true },
      );
    },
    { expected, stoppedLine: STOPPED },
  );
  const done = stopped(page, 60_000);
  await page.getByRole('combobox', { name: '年份' }).selectOption(String(year));
  await done;
  return (await page.evaluate(() => window.benchFilter)) as FilterTiming;
}

/** Painted (not fully transparent) pixels of the analysis chart's canvas. */
function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.analysis-chart canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
    return painted;
  });
}

/** With the app in its 报告 view, clicks 分析 and times it until the theme × report chart is drawn. */
export async function timeMatrix(page: Page): Promise<MatrixTiming> {
  await page.evaluate((stoppedLine) => {
    window.benchMatrix = undefined;
    const clock = { start: -1, summary: null as number | null, line: '' };
    const loop: { tick: (() => void) | null } = { tick: null };
    loop.tick = () =>
      setTimeout(() => {
        const now = performance.now() - clock.start;
        const note = document.querySelector('.analysis-note');
        if (clock.summary === null && note) {
          performance.mark('bench-matrix');
          clock.summary = now;
          clock.line = note.textContent ?? '';
        }
        const canvas = document.querySelector<HTMLCanvasElement>('.analysis-chart canvas');
        let painted = false;
        if (canvas && canvas.width > 0 && canvas.height > 0) {
          const row = canvas.getContext('2d')!.getImageData(0, canvas.height >> 1, canvas.width, 1).data;
          for (let i = 3; i < row.length && !painted; i += 4) painted = row[i] !== 0;
        }
        if (!painted) {
          requestAnimationFrame(loop.tick!);
          return;
        }
        performance.mark('bench-end');
        // The whole canvas's paint, counted once the clock has stopped.
        const data = canvas!.getContext('2d')!.getImageData(0, 0, canvas!.width, canvas!.height).data;
        let pixels = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) pixels += 1;
        window.benchMatrix = { ms: now, summaryMs: clock.summary, line: clock.line, paintedAtStop: pixels };
        console.debug(stoppedLine);
      }, 0);
    document.addEventListener(
      'click',
      () => {
        performance.mark('bench-start');
        clock.start = performance.now();
        requestAnimationFrame(loop.tick!);
      },
      { capture: true, once: true },
    );
  }, STOPPED);
  const done = stopped(page, 120_000);
  await page.locator('.app-view', { hasText: '分析' }).click();
  await done;
  const timing = (await page.evaluate(() => window.benchMatrix)) as Omit<MatrixTiming, 'paintedLater'>;
  await settle(page, 1000);
  return { ...timing, paintedLater: await paintedPixels(page) };
}

/** Back to the 报告 view, its list shown and the app idle. */
export async function backToReports(page: Page): Promise<void> {
  await page.locator('.app-view', { hasText: '报告' }).click();
  await page.locator('.report-list .report-open').first().waitFor();
  await settle(page, 500);
}
