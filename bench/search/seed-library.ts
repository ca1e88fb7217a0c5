/**
 * Filling the app's library with the search benchmark's reports: the app is
 * opened once in a fresh browser context (so it makes its database at the
 * current version, its codebook and its sample report), then its reports,
 * texts and highlights are emptied and the bench records are written with
 * the raw IndexedDB API, a batch per round trip, as two rows per report in
 * one transaction, as the app's import writes them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { DATABASE_NAME } from '../../src/renderer/src/db/db';
import type { ReportRecords } from '../../src/renderer/src/features/library/report-record';
import { countRows, emptyTables } from '../open-report/app-library';

/** Reports written per round trip to the page (about 2 MB of JSON). */
const BATCH = 50;
/** The tables emptied before seeding: the sample report and anything left from an earlier run go. */
const EMPTIED = ['reports', 'reportTexts', 'highlights'];


/** Writes `batch` (report and text of each) into the library in `page`, in one transaction. */
function putBatch(page: Page, batch: readonly ReportRecords[]): Promise<void> {
  return page.evaluate(
    ({ name, batch }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['reports', 'reportTexts'], 'readwrite');
          for (const records of batch) {
            tx.objectStore('reports').put(records.record);
            tx.objectStore('reportTexts').put(records.text);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, batch },
  );
}

/**
 * A context whose app library holds exactly `records` (and the codebook the
 * app wrote): opens the app, waits for its first start to finish, empties
 * the report tables and writes the records; checks the row counts after.
 */
export async function seedSearchLibrary(context: BrowserContext, origin: string, records: readonly ReportRecords[], log: (line: string) => void): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    // The first start adds the sample report and writes the codebook; seeding waits for both so it never races them.
    await page.locator('.report-open').first().waitFor({ timeout: 60_000 });
    for (const started = Date.now(); (await countRows(page, 'themes')) === 0; ) {
      if (Date.now() - started > 30_000) throw new Error('The app wrote no codebook within 30 s of its first start');
      await page.waitForTimeout(100);
    }
    await emptyTables(page, EMPTIED);
    const started = Date.now();
    for (let at = 0; at < records.length; at += BATCH) {
      await putBatch(page, records.slice(at, at + BATCH));
      if ((at / BATCH) % 5 === 4) log(`  ${at + BATCH} reports written`);
    }
    log(`  ${records.length} reports written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const table of ['reports', 'reportTexts']) {
      const rows = await countRows(page, table);
      if (rows !== records.length) throw new Error(`The library's ${table} holds ${rows} rows after seeding, not ${records.length}`);
    }
  } finally {
    await page.close();
  }
}
