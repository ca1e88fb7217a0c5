/**
 * Filling the app's library with the large library: the app opened once in
 * a fresh browser context (its database, codebook and sample report made),
 * its reports, texts and highlights emptied, and the bench reports (record
 * and text) and highlights written with the raw IndexedDB API, a batch per
 * round trip; the row counts checked after.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { DATABASE_NAME } from '../../src/renderer/src/db/db';
import { firstStart } from '../app-session';
import { countRows, emptyTables } from '../open-report/app-library';
import type { BigLibrary } from './big-library';

/** Rows written per round trip. */
const BATCH = 2000;


/** Puts `rows` into `table` of the library in `page`, in one transaction. */
function putRows(page: Page, table: string, rows: readonly unknown[]): Promise<void> {
  return page.evaluate(
    ({ name, table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          for (const row of rows) store.put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, table, rows: [...rows] },
  );
}

/** Makes the library of `context` hold exactly `library` (and the codebook the app wrote). */
export async function seedBigLibrary(context: BrowserContext, origin: string, library: BigLibrary, log: (line: string) => void): Promise<void> {
  const page = await context.newPage();
  try {
    await firstStart(page, origin);
    await emptyTables(page, ['reports', 'reportTexts', 'highlights']);
    const started = Date.now();
    const tables: [string, unknown[]][] = [
      ['reports', library.reports.map((r) => r.record)],
      ['reportTexts', library.reports.map((r) => r.text)],
      ['highlights', library.highlights],
    ];
    for (const [table, rows] of tables) {
      for (let at = 0; at < rows.length; at += BATCH) await putRows(page, table, rows.slice(at, at + BATCH));
      const stored = await countRows(page, table);
      if (stored !== rows.length) throw new Error(`The library's ${table} holds ${stored} rows after seeding, not ${rows.length}`);
    }
    log(`  ${library.reports.length} reports and ${library.highlights.length} highlights written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await page.close();
  }
}
