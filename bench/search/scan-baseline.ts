/**
 * The baseline a library search is compared with: every report's text held
 * in memory in the same page, and the term found by `String.prototype.indexOf`
 * in each, all occurrences counted (not overlapping, as the app counts
 * them). No index, no folding, no contexts, no reading from IndexedDB, no
 * interface: the least a search of the whole library can do. Timed inside
 * the page with `performance.now()`.
 */
import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../../src/renderer/src/db/db';

declare global {
  interface Window {
    /** The texts of every report in the library, for the baseline scan. */
    benchTexts?: string[];
  }
}

/** One scan: how long it took and what it found. */
export interface ScanTiming {
  ms: number;
  reports: number;
  matches: number;
}

/** Reads every report's text from the app's library into the page's memory (not timed); gives their number and characters. */
export function loadTexts(page: Page): Promise<{ reports: number; characters: number }> {
  return page.evaluate(
    (name) =>
      new Promise<{ reports: number; characters: number }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('reportTexts').objectStore('reportTexts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            window.benchTexts = (all.result as { text: string }[]).map((body) => body.text);
            resolve({ reports: window.benchTexts.length, characters: window.benchTexts.reduce((sum, text) => sum + text.length, 0) });
          };
        };
      }),
    DATABASE_NAME,
  );
}

/** Scans the texts in the page's memory for `term` with `indexOf` and times it. */
export function timeScan(page: Page, term: string): Promise<ScanTiming> {
  return page.evaluate((term) => {
    const texts = window.benchTexts;
    if (!texts) throw new Error('No texts loaded for the baseline scan');
    const start = performance.now();
    let reports = 0;
    let matches = 0;
    for (const text of texts) {
      let found = 0;
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found += 1;
      if (found > 0) reports += 1;
      matches += found;
    }
    return { ms: performance.now() - start, reports, matches };
  }, term);
}
