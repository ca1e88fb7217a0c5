/**
 * The Dexie `bulkAdd` baseline in the app's page: bulk-add-page.ts bundled
 * once (Vite, one IIFE script with Dexie and the app's `LibraryDatabase`),
 * the already-parsed records put into the page (not timed), the script
 * evaluated in it, then the records written into a fresh database and timed inside
 * the page.
 */
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { ReportRecords } from '../../src/renderer/src/features/library/report-record';
import type { BulkAddTiming } from './bulk-add-page';

/** Records sent to the page per round trip (about 2 MB of JSON at 20,000 characters each). */
const SEND_BATCH = 50;

/** The baseline's script: bulk-add-page.ts with Dexie and the app's database class, as one IIFE. */
export async function bulkAddScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: new URL('./bulk-add-page.ts', import.meta.url).pathname, formats: ['iife'], name: 'benchBulkAddPage', fileName: 'bulk-add' },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output?: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output ?? []).find((o) => o.type === 'chunk' && o.code);
  if (!chunk?.code) throw new Error('bulkAddScript: the build gave no script');
  return chunk.code;
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
 * timed in the page; then the same without the search index (information:
 * the index's share), in another fresh database. The databases and the
 * records are dropped after.
 */
export async function timeBulkAdd(page: Page, script: string, records: readonly ReportRecords[], name: string, batch: number): Promise<{ all: BulkAddTiming; noIndex: BulkAddTiming }> {
  await sendRecords(page, records);
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an inline script tag.
  if (!(await page.evaluate(() => typeof window.benchBulkAdd === 'function'))) await page.evaluate(script);
  try {
    const all = await page.evaluate(({ name, batch }) => window.benchBulkAdd!(name, batch, true), { name, batch });
    if (all.rows.some((n) => n !== records.length)) throw new Error(`The baseline's database holds ${all.rows.join(' / ')} rows, not ${records.length} in each table`);
    const noIndex = await page.evaluate(({ name, batch }) => window.benchBulkAdd!(name, batch, false), { name: `${name}-no-index`, batch });
    return { all, noIndex };
  } finally {
    await page.evaluate(() => {
      window.benchRecords = undefined;
    });
  }
}
