/**
 * Timing a search through the app's own interface (the 搜索 view): the term
 * is typed into the search box and Enter pressed, as an analyst does, and
 * two times are taken inside the page with `performance.now()`, from the
 * Enter keydown (a capture-phase listener on the document):
 *
 * - *first results*: to the frame after the status line first shows the new
 *   search's results, that is the first progress report (the first batch of
 *   reports read, with `正在查找，已读 8/N 份`), or the final line when the
 *   search ends before reporting progress;
 * - *complete*: to the frame after the status line stops being busy
 *   (`aria-busy="false"`), when the count line shows the final result.
 *
 * Each time stops in a task queued from the animation frame after the
 * change, so that frame's style, layout and paint are in. The app starts a
 * search by itself 200 ms after typing stops; should that happen before the
 * Enter lands (a very slow round trip), the run is noticed and made again.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { settle } from '../open-report/app-bench';

/** The key under which the app remembers its view (src/renderer/src/App.tsx). */
const VIEW_KEY = 'report-reader.view';

/** What the page hands back for one search. */
interface PageTiming {
  /** The app started the search before the Enter (its typing pause elapsed): the run does not count. */
  early: boolean;
  first?: number;
  complete?: number;
  firstLine?: string;
  finalLine?: string;
}

declare global {
  interface Window {
    benchSearch?: PageTiming;
  }
}

/** Reports and matches as the count line gives them (`在 1,000 份报告中找到 81,203 处…`). */
export interface CountLine {
  reports: number;
  matches: number;
}

/** One search timed through the interface. */
export interface SearchTiming {
  term: string;
  /** Milliseconds from Enter to the frame after the first results show. */
  first: number;
  /** Milliseconds from Enter to the frame after the final result shows. */
  complete: number;
  /** The count line with the first results, and with the final result. */
  firstCount: CountLine;
  finalCount: CountLine;
}

/** The first two numbers of a count line, or none for the line that says nothing was found; a RangeError otherwise. */
export function countLine(text: string): CountLine {
  if (text.startsWith('没有找到')) return { reports: 0, matches: 0 };
  const numbers = (text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replaceAll(',', '')));
  if (numbers.length < 2) throw new RangeError(`No counts in the status line ${JSON.stringify(text)}`);
  return { reports: numbers[0]!, matches: numbers[1]! };
}

/**
 * A fresh page of the app showing the 搜索 view, its library loaded (the
 * hint shows, not the empty-library note) and its start-up work over.
 */
export async function openSearchView(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((key) => localStorage.setItem(key, 'search'), VIEW_KEY);
  await page.goto(`${origin}/`);
  await page.locator('.search-term').waitFor({ timeout: 60_000 });
  await page.locator('.search-calm').waitFor();
  const hint = await page.locator('.search-calm').textContent();
  if (hint?.includes('还没有报告')) throw new Error('The app shows an empty library: seeding did not take');
  await settle(page, 1000);
  return page;
}

/** In the page: arms the clock for the next Enter (see the module comment). */
function armClock(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.benchSearch = undefined;
    const status = document.querySelector('.search-status');
    if (!status) throw new Error('No .search-status in the page');
    const timing: PageTiming = { early: false };
    let start = -1;
    let busySeen = false;
    let firstTaken = false;
    const observer = new MutationObserver(() => {
      const busy = status.getAttribute('aria-busy') === 'true';
      if (start < 0) {
        if (busy) timing.early = true;
        return;
      }
      if (busy) busySeen = true;
      if (!busySeen) return;
      const line = status.textContent ?? '';
      if (!firstTaken && (!busy || status.querySelector('.search-progress'))) {
        firstTaken = true;
        requestAnimationFrame(() =>
          setTimeout(() => {
            timing.first = performance.now() - start;
            timing.firstLine = line;
          }, 0),
        );
      }
      if (!busy) {
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('bench-end');
            timing.complete = performance.now() - start;
            timing.finalLine = line;
            window.benchSearch = timing;
          }, 0),
        );
      }
    });
    observer.observe(status, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Enter') return;
        if (timing.early) {
          observer.disconnect();
          window.benchSearch = timing;
          return;
        }
        performance.mark('bench-start');
        start = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/** Empties the search box and submits it, so the next term is a new search; waits until no search shows. */
async function clearTerm(page: Page): Promise<void> {
  await page.locator('.search-term').fill('');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent === '');
}

/**
 * Types `term` into the app's search box, presses Enter and times the search
 * (see the module comment); a run the app started before the Enter is made
 * again, up to three times.
 */
export async function timeSearch(page: Page, term: string): Promise<SearchTiming> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await clearTerm(page);
    await settle(page, 200);
    await armClock(page);
    await page.locator('.search-term').fill(term);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.benchSearch !== undefined, undefined, { timeout: 120_000, polling: 50 });
    const timing = (await page.evaluate(() => window.benchSearch)) as PageTiming;
    if (timing.early) {
      await page.waitForFunction(() => document.querySelector('.search-status')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 120_000 });
      continue;
    }
    await settle(page, 100);
    return {
      term,
      first: timing.first!,
      complete: timing.complete!,
      firstCount: countLine(timing.firstLine!),
      finalCount: countLine(timing.finalLine!),
    };
  }
  throw new Error(`The app kept starting the search for ${term} before Enter landed`);
}
