/**
 * The baseline of bench:app-import, bundled (bulk-add-baseline.ts) and added
 * to the app's page: the app's own database class (`LibraryDatabase`, its
 * schema and Dexie) in a fresh database of another name, and the records
 * the runner put in `window.benchRecords` written with Dexie's `bulkAdd`, a
 * transaction of two `bulkAdd`s (reports, texts) per batch of files, as the
 * app's import stores them. No reading, hashing, parsing or interface: what
 * is left of an import when all of that is free.
 */
import { Dexie } from 'dexie';
import { LibraryDatabase } from '../../src/renderer/src/db/db';
import type { ReportRecords } from '../../src/renderer/src/features/library/report-record';

/** What one baseline run gives back. */
export interface BulkAddTiming {
  /** Milliseconds from before the first transaction to the last one committed. */
  ms: number;
  /** Rows in reports and reportTexts after. */
  rows: [number, number];
}

declare global {
  interface Window {
    benchRecords?: ReportRecords[];
    benchBulkAdd?: (name: string, batch: number) => Promise<BulkAddTiming>;
  }
}

window.benchBulkAdd = async (name, batch) => {
  const records = window.benchRecords ?? [];
  await Dexie.delete(name);
  const db = new LibraryDatabase(name);
  await db.open();
  try {
    const start = performance.now();
    for (let at = 0; at < records.length; at += batch) {
      const files = records.slice(at, at + batch);
      await db.transaction('rw', db.reports, db.reportTexts, async () => {
        await db.reports.bulkAdd(files.map((f) => f.record));
        await db.reportTexts.bulkAdd(files.map((f) => f.text));
      });
    }
    const ms = performance.now() - start;
    return { ms, rows: [await db.reports.count(), await db.reportTexts.count()] };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
};
