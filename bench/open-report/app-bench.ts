/**
 * Times the real app (the built renderer, served over http) with the bench
 * report and its 1,000 highlights in its library:
 *
 * - open-report: from the click on the report's entry in the library list to
 *   the first frame after its text shows every highlight
 *   (`.report-text[data-highlights="1000"]`), each run in a fresh page;
 * - add-highlight: with the report open, a passage selected and the toolbar
 *   shown, from the key `1` (tag with the first theme) to the first frame
 *   after the layer draws one highlight more.
 *
 * Both are timed inside the page (`performance.now()` in a capture-phase
 * listener, to a task queued from the animation frame after the change), so
 * Playwright's round trips are not in the figures.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { countRows, putLibraryRecords, type LibraryRecords } from './app-library';
import { VIEWPORT } from './page-bench';

/** The key under which the app remembers the open report (src/renderer/src/App.tsx). */
const OPEN_REPORT_KEY = 'report-reader.open-report';

declare global {
  interface Window {
    /** Milliseconds from the start event to the frame after the awaited change, once it came. */
    benchElapsed?: number;
  }
}

/**
 * In the page: starts the clock at the next `startEvent` (capture phase, on
 * the document) and stops it in a task queued from the animation frame after
 * `.report-text` carries `data-highlights="<count>"`; the time lands in
 * `window.benchElapsed`. Marks `bench-start` and `bench-end` show the span in a trace.
 */
function armClock(page: Page, startEvent: 'click' | 'keydown', count: number): Promise<void> {
  return page.evaluate(
    ({ startEvent, count }) => {
      window.benchElapsed = undefined;
      let start = -1;
      const selector = `.report-text[data-highlights="${count}"]`;
      const observer = new MutationObserver(() => {
        if (start < 0 || !document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('bench-end');
            window.benchElapsed = performance.now() - start;
          }, 0),
        );
      });
      document.addEventListener(
        startEvent,
        () => {
          performance.mark('bench-start');
          start = performance.now();
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-highlights'] });
        },
        { capture: true, once: true },
      );
    },
    { startEvent, count },
  );
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => window.benchElapsed !== undefined, undefined, { timeout: 60_000 });
  return (await page.evaluate(() => window.benchElapsed)) as number;
}

/** Two frames and a pause: the app's start-up work (live queries, the codebook check) is over. */
export async function settle(page: Page, pause = 500): Promise<void> {
  await page.evaluate((pause) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, pause)))), pause);
}

/**
 * A context with the app opened once (its database, codebook and sample
 * report made) and the bench records written into its library.
 */
export async function seededApp(browser: Browser, origin: string, records: LibraryRecords): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('.report-open').first().waitFor({ timeout: 60_000 });
  // The app writes the default codebook on first start; wait for it, so seeding never races it.
  for (const started = Date.now(); (await countRows(page, 'themes')) === 0; ) {
    if (Date.now() - started > 30_000) throw new Error('The app wrote no codebook within 30 s of its first start');
    await page.waitForTimeout(100);
  }
  await page.close();
  await restoreLibrary(context, origin, records);
  return context;
}

/** Writes the bench records into the app's library again, taking away highlights added since. */
export async function restoreLibrary(context: BrowserContext, origin: string, records: LibraryRecords): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.locator('.report-open').first().waitFor({ timeout: 60_000 });
    await putLibraryRecords(page, records);
    const highlights = await countRows(page, 'highlights');
    if (highlights !== records.highlights.length) throw new Error(`The library holds ${highlights} highlights after seeding, not ${records.highlights.length}`);
  } finally {
    await page.close();
  }
}

/** Opens the app in a fresh page with no report open, ready for the bench report's entry to be clicked. */
export async function freshApp(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((key) => localStorage.removeItem(key), OPEN_REPORT_KEY);
  await page.goto(`${origin}/`);
  return page;
}

/** The bench report's entry in the library list. */
const entry = (page: Page, title: string) => page.locator('.report-open', { hasText: title });

/** Something done around the timed step (tracing it, say); by default just the step. */
export type AroundStep = (step: () => Promise<number>) => Promise<number>;
const justStep: AroundStep = (step) => step();

/** In a fresh app page: waits for the library, clicks the bench report's entry and times it until `highlights` are drawn. */
export async function openReport(page: Page, title: string, highlights: number, around: AroundStep = justStep): Promise<number> {
  await entry(page, title).waitFor();
  await settle(page);
  return around(async () => {
    await armClock(page, 'click', highlights);
    await entry(page, title).click();
    return elapsed(page);
  });
}

/** The width in CSS pixels of the report text once the app has opened the bench report. */
export async function reportTextWidth(context: BrowserContext, origin: string, title: string, highlights: number): Promise<number> {
  const page = await freshApp(context, origin);
  try {
    await openReport(page, title, highlights);
    return await page.evaluate(() => (document.querySelector('.report-text') as HTMLElement).getBoundingClientRect().width);
  } finally {
    await page.close();
  }
}

/** `runs` open-report times (after one not counted), each in a fresh page. */
export async function benchOpenReport(context: BrowserContext, origin: string, title: string, highlights: number, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const page = await freshApp(context, origin);
    try {
      const time = await openReport(page, title, highlights);
      if (run >= 0) times.push(time);
    } finally {
      await page.close();
    }
  }
  return times;
}

/** A passage to highlight: `length` characters from `offset` into the text of the report's block `block`. */
export interface Passage {
  block: number;
  offset: number;
  length: number;
}

/**
 * In the page: selects the passage, scrolled to the middle of the reader,
 * and lets the app see it as a drag would end (a mouseup on the report view).
 */
function selectPassage(page: Page, passage: Passage): Promise<void> {
  return page.evaluate(
    ({ block, offset, length }) => {
      const element = document.querySelector('.report-text')?.children[block];
      if (!element) throw new RangeError(`No block ${block} in the report text`);
      element.scrollIntoView({ block: 'center' });
      // Where each end of the passage falls among the block's text nodes (no helper functions here:
      // the runner's transpiler would name them with a helper the page does not have).
      const ends: [Text, number][] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let before = 0;
      for (let node = walker.nextNode() as Text | null; node && ends.length < 2; node = walker.nextNode() as Text | null) {
        for (const wanted of [offset, offset + length].slice(ends.length)) {
          if (wanted - before > node.length) break;
          ends.push([node, wanted - before]);
        }
        before += node.length;
      }
      if (ends.length < 2) throw new RangeError(`Block ${block} is shorter than ${offset + length} characters`);
      const range = document.createRange();
      range.setStart(...ends[0]!);
      range.setEnd(...ends[1]!);
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      document.querySelector('.report-view')?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    passage,
  );
}

/**
 * With the report open showing `count - 1` highlights: selects `passage`,
 * waits for the toolbar, and times key `1` until the layer draws `count`.
 */
export async function addHighlight(page: Page, passage: Passage, count: number, around: AroundStep = justStep): Promise<number> {
  await selectPassage(page, passage);
  await page.locator('.selection-toolbar').waitFor();
  await settle(page, 200);
  const time = await around(async () => {
    await armClock(page, 'keydown', count);
    await page.keyboard.press('1');
    return elapsed(page);
  });
  await settle(page, 300);
  return time;
}

/**
 * `runs` add-highlight times: the bench report opened in a fresh page, then
 * one new highlight after another on `passages` (one more than `runs`: the
 * first is not counted), each tagged with key `1`.
 */
export async function benchAddHighlight(
  context: BrowserContext,
  origin: string,
  title: string,
  highlights: number,
  passages: readonly Passage[],
  runs: number,
): Promise<number[]> {
  if (passages.length < runs + 1) throw new RangeError(`benchAddHighlight: ${passages.length} passages for ${runs + 1} highlights`);
  const page = await freshApp(context, origin);
  try {
    await openReport(page, title, highlights);
    await settle(page, 1000);
    const times: number[] = [];
    for (let run = -1; run < runs; run++) {
      const time = await addHighlight(page, passages[run + 1]!, highlights + run + 2);
      if (run >= 0) times.push(time);
    }
    return times;
  } finally {
    await page.close();
  }
}
