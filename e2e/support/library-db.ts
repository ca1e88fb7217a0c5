/**
 * Writing a report straight into the app's IndexedDB library, for tests of
 * the reader that must not depend on what the parser makes of a file today.
 * The app must have opened the library first (so it is at its current
 * version); reload the page afterwards for the app to see the report.
 */
import type { Page } from '@playwright/test';
import type { ReportRecord } from '../../src/renderer/src/db/db';

/** A report as the library stores it (its ReportRecord, and its text as ReportTextRecord in src/renderer/src/db/db.ts holds it). */
export interface StoredReport {
  record: ReportRecord;
  body: { text: string; blocks: unknown[]; hidden: unknown[] };
}

/** Writes `reports` (record and text each) in one transaction. */
export async function putReports(page: Page, reports: readonly StoredReport[]): Promise<void> {
  await page.evaluate(
    (reports) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('report-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['reports', 'reportTexts'], 'readwrite');
          for (const { record, body } of reports) {
            tx.objectStore('reports').put(record);
            tx.objectStore('reportTexts').put({ reportId: record.id, ...body });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...reports],
  );
}

export function putReport(page: Page, report: StoredReport): Promise<void> {
  return putReports(page, [report]);
}

/** Report text from lines, with a block per line: `kinds[i]` or 'paragraph', and offsets computed. */
export function linesToBody(lines: { text: string; kind?: string; level?: number; runInLength?: number }[]) {
  const blocks: unknown[] = [];
  let at = 0;
  for (const line of lines) {
    const block: Record<string, unknown> = { kind: line.kind ?? 'paragraph', start: at, end: at + line.text.length };
    if (line.level !== undefined && line.kind === 'heading') block.level = line.level;
    if (line.runInLength !== undefined) block.runIn = { level: line.level ?? 2, end: at + line.runInLength };
    blocks.push(block);
    at += line.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), blocks };
}
