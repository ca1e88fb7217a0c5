/**
 * The Dexie `bulkAdd` baseline in the app's page: bulk-add-page.ts bundled
 * once (Vite, one IIFE script with Dexie and the app's `LibraryDatabase`),
 * the already-parsed records put into the page (not timed), the script
 * evaluated in it, then the records written into a fresh database and timed inside
 * the page.
 */
import type { Page } from '@playwright/test';
import type { ReportRecords } from '../../src/renderer/src/features/library/report-record';
import type { BulkAddTiming } from './bulk-add-page';

/** Records sent to the page per round trip (about 2 MB of JSON at 20,000 characters each). */
const SEND_BATCH = 50;

import { pageScript } from '../page-script';

/** The baseline's script: bulk-add-page.ts with Dexie and the app's database class, as one IIFE. */
export function bulkAddScript(): Promise<string> {
  return pageScript(new URL('./bulk-add-page.ts', import.meta.url), 'benchBulkAddPage');
}

/** Puts `records` into `window.benchRecords` in the page, a batch per round trip. */
async function sendRecords(page: Page, records: readonly ReportRecords[]): Promise<void> {
  await page.evaluate(() => {
    window.benchRecords = [];
  });
  for (let at = 0; at < records.length; at += SEND_BATCH) {
    await page.evaluate((batch) => {
      window.benchRecords!.push(...batch);
    }, records.slice(at, at + SEND_BATCH));
  }
}

/**
 * One baseline run in `page`: the records sent, then written with Dexie's
 * `bulkAdd` into the fresh database `name`, `batch` files per transaction,
 * timed in the page. The database and the records are dropped after.
 */
export async function timeBulkAdd(page: Page, script: string, records: readonly ReportRecords[], name: string, batch: number): Promise<BulkAddTiming> {
  await sendRecords(page, records);
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an inline script tag.
  if (!(await page.evaluate(() => typeof window.benchBulkAdd === 'function'))) await page.evaluate(script);
  try {
    const timing = await page.evaluate(({ name, batch }) => window.benchBulkAdd!(name, batch), { name, batch });
    if (timing.rows.some((n) => n !== records.length)) throw new Error(`The baseline's database holds ${timing.rows.join(' / ')} rows, not ${records.length} in each table`);
    return timing;
  } finally {
    await page.evaluate(() => {
      window.benchRecords = undefined;
    });
  }
}
