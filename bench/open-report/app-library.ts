/**
 * The bench report as the app's library stores it, and writing it there:
 * the report record, its text record and its highlight records (shapes of
 * src/renderer/src/db/db.ts, version 2), put with the raw IndexedDB API into
 * the database the app has already created, so the app sees them as its own
 * after a reload.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { describeRange } from '../../src/core/anchoring/describe-range';
import type { ParsedReport, ParseResult } from '../../src/core/report/report';
import type { PlacedHighlight } from '../../src/renderer/src/features/annotate/placed-highlight';
import { DATABASE_NAME, type HighlightRecord, type ReportRecord, type ReportTextRecord } from '../../src/renderer/src/db/db';
import { reportRecords } from '../../src/renderer/src/features/library/report-record';

/** The id of the bench report in the app's library. */
export const BENCH_REPORT_ID = 'bench-open-report';

/** The records to write for `report` and its `highlights`. */
export interface LibraryRecords {
  report: ReportRecord;
  body: ReportTextRecord;
  highlights: HighlightRecord[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The library records of the bench report, as an import and a coding session would have made them. */
export function libraryRecords(report: ParsedReport, highlights: readonly PlacedHighlight[]): LibraryRecords {
  const now = new Date().toISOString();
  const textHash = sha256(report.text);
  const parsed: ParseResult = { encoding: 'utf-8', compilation: null, reports: [report], hidden: [], warnings: [] };
  const { record, text } = reportRecords(report, parsed, {
    id: BENCH_REPORT_ID,
    sourceName: 'open-report-bench.txt',
    sourceHash: sha256(`bench:${report.text}`),
    sourceIndex: 0,
    importedAt: now,
    sample: false,
  });
  return {
    report: record,
    body: text,
    highlights: highlights.map((highlight) => ({
      id: highlight.id,
      reportId: BENCH_REPORT_ID,
      themeIds: [...highlight.themeIds],
      note: '',
      selectors: describeRange(report.text, highlight.start, highlight.end),
      textHash,
      createdAt: now,
      updatedAt: now,
    })),
  };
}

/**
 * Writes `records` into the app's library in `page` (which must have the app
 * open, so the database exists at its current version), replacing any bench
 * report and highlights left from an earlier run.
 */
export async function putLibraryRecords(page: Page, records: LibraryRecords): Promise<void> {
  await page.evaluate(
    ({ name, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['reports', 'reportTexts', 'highlights'], 'readwrite');
          const highlights = tx.objectStore('highlights');
          const old = highlights.index('reportId').getAllKeys(records.report.id);
          old.onsuccess = () => {
            for (const key of old.result) highlights.delete(key);
            for (const highlight of records.highlights) highlights.put(highlight);
          };
          tx.objectStore('reports').put(records.report);
          tx.objectStore('reportTexts').put(records.body);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, records },
  );
}

/** How many rows `table` of the app's library holds, in `page`. */
export async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    ({ name, table }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(table)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(table).objectStore(table).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    { name: DATABASE_NAME, table },
  );
}

/** Empties `tables` of the library in `page`. */
export function emptyTables(page: Page, tables: readonly string[]): Promise<void> {
  return page.evaluate(
    ({ name, tables }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(tables, 'readwrite');
          for (const table of tables) tx.objectStore(table).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, tables: [...tables] },
  );
}
