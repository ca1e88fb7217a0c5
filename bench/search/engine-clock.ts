/**
 * Timing the app's search engine in the page (engine-page.ts): the script is
 * bundled once and evaluated in the app's page on first use, then each term
 * is searched and timed inside the page with `performance.now()`, as the
 * `indexOf` scan is (scan-baseline.ts).
 */
import type { Page } from '@playwright/test';
import { pageScript } from '../page-script';
import type { ScanTiming } from './scan-baseline';

/** engine-page.ts with the app's search and database, as one IIFE. */
export function engineScript(): Promise<string> {
  return pageScript(new URL('./engine-page.ts', import.meta.url), 'benchEnginePage');
}

/** Searches `term` with the app's `searchLibrary` in `page` and times it. */
export async function timeEngine(page: Page, script: string, term: string): Promise<ScanTiming> {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an inline script tag.
  if (!(await page.evaluate(() => typeof window.benchEngine === 'function'))) await page.evaluate(script);
  return page.evaluate((term) => window.benchEngine!(term), term);
}
