/**
 * `npm run bench:memory`: the renderer's JavaScript heap with a library of
 * 1,000 reports open in the app, in Chromium.
 *
 * Generates the library of bench:search (search-corpus.ts: the generated
 * corpus, about 20,000 characters a report, parsed by core's importer and
 * stored as the app's `reportRecords` makes them, search index rows
 * included), builds the app (electron-vite), serves its renderer over
 * http://127.0.0.1 and seeds its IndexedDB (search/seed-library.ts). Each
 * run is a fresh page of the app showing its 报告 view, with the library
 * list of every report and one of the reports open in the reader (its text
 * shown); once the page is idle, the garbage is collected twice over the
 * DevTools protocol (`HeapProfiler.collectGarbage`) and the page's heap read
 * (`Performance.getMetrics`: JSHeapUsedSize, JSHeapTotalSize; and
 * `Runtime.getHeapUsage`). The same in a fresh context whose library holds
 * only the app's sample report gives what the app takes by itself.
 * Prints a table and writes bench/results/memory.json.
 *
 * Options: --reports N (default 1000), --chars N per report (default 20000),
 * --runs N (default 3), --no-app-build (use out/renderer as it is),
 * --out FILE (write the results there instead; `npm run bench` uses it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { ensureAppBuild, firstStart, heapAfterGc, log, median, OPEN_REPORT_KEY, resultFile, VIEW_KEY, wholeOption, withApp, CHROMIUM_ARGS, type HeapMetrics } from '../app-session';
import { loadLine, machine } from '../machine';
import { settle } from '../open-report/app-bench';
import { VIEWPORT } from '../open-report/page-bench';
import { table } from '../open-report/statistics';
import { searchCorpus } from '../search/search-corpus';
import { seedSearchLibrary } from '../search/seed-library';

const RESULT_FILE = resultFile('memory.json');
const count = wholeOption('reports', 1000);
const chars = wholeOption('chars', 20_000);
const runs = wholeOption('runs', 3);
mkdirSync(dirname(RESULT_FILE), { recursive: true });
const loadBefore = loadavg();

/** The page's heap (see HeapMetrics), and what the page showed. */
interface HeapReading extends HeapMetrics {
  /** Reports listed (the list is windowed: its rows' `aria-setsize`, not the rows in the page). */
  listed: number;
  /** Characters of the open report's text shown. */
  reportChars: number;
}

log(`generating and parsing ${count} reports of about ${chars} characters…`);
const records = await searchCorpus(count, chars, 'bench-memory-');
const characters = records.reduce((sum, r) => sum + r.text.text.length, 0);
ensureAppBuild();

/** A fresh page of the app in `context` showing the library and the report `openId`, idle; its heap read after two collections. */
async function readHeap(context: BrowserContext, origin: string, openId: string | null, listed: number): Promise<HeapReading> {
  const page = await context.newPage();
  try {
    await page.addInitScript(
      ({ viewKey, openKey, openId }) => {
        localStorage.setItem(viewKey, 'reports');
        if (openId) localStorage.setItem(openKey, openId);
      },
      { viewKey: VIEW_KEY, openKey: OPEN_REPORT_KEY, openId },
    );
    await page.goto(`${origin}/`);
    await page.waitForFunction((listed) => document.querySelector('.report-list .report-item')?.getAttribute('aria-setsize') === String(listed), listed, { timeout: 120_000, polling: 200 });
    await page.locator('.report-text').waitFor({ timeout: 60_000 });
    // Its deferred work (the 批注 list, coding stripes, live queries) done, the page idle.
    await settle(page, 3000);
    return {
      ...(await heapAfterGc(page)),
      listed: Number(await page.locator('.report-list .report-item').first().getAttribute('aria-setsize')),
      reportChars: await page.locator('.report-text').evaluate((element) => (element.textContent ?? '').length),
    };
  } finally {
    await page.close();
  }
}

const done = await withApp(async (browser, origin) => {
  const withLibrary = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const sampleOnly = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    log('seeding the app’s library…');
    await seedSearchLibrary(withLibrary, origin, records, log);
    const first = await sampleOnly.newPage();
    await firstStart(first, origin);
    const sampleId = await first.evaluate((key) => localStorage.getItem(key), OPEN_REPORT_KEY);
    await first.close();
    const library: HeapReading[] = [];
    const sample: HeapReading[] = [];
    for (let run = 0; run < runs; run++) {
      library.push(await readHeap(withLibrary, origin, records[0]!.record.id, count));
      sample.push(await readHeap(sampleOnly, origin, sampleId, 1));
      const [withAll, alone] = [library.at(-1)!, sample.at(-1)!];
      if (withAll.reportChars < 1000) throw new Error(`The reader shows ${withAll.reportChars} characters: the bench report did not open`);
      log(`  run ${run + 1}: ${withAll.usedMB.toFixed(1)} MB with ${count} reports (a ${withAll.reportChars}-character report open), ${alone.usedMB.toFixed(1)} MB with the sample alone`);
    }
    return { library, sample, chromiumVersion: browser.version() };
  } finally {
    await withLibrary.close();
    await sampleOnly.close();
  }
});

const tenth = (n: number) => Math.round(n * 10) / 10;
const figures = (readings: readonly HeapReading[]) => ({
  usedMB: tenth(median(readings.map((r) => r.usedMB))),
  minMB: tenth(Math.min(...readings.map((r) => r.usedMB))),
  maxMB: tenth(Math.max(...readings.map((r) => r.usedMB))),
  beforeGcMB: tenth(median(readings.map((r) => r.beforeGcMB))),
  totalMB: tenth(median(readings.map((r) => r.totalMB))),
  embedderUsedMB: tenth(median(readings.map((r) => r.embedderUsedMB))),
  nodes: median(readings.map((r) => r.nodes)),
  runs: readings.length,
});
const library = figures(done.library);
const sample = figures(done.sample);
const loadAfter = loadavg();
process.stdout.write(
  `\nThe renderer's JS heap after two forced collections, the app showing its library and a report (built renderer, Chromium ${done.chromiumVersion}); ${runs} runs, MB\n` +
    `${table(
      ['', 'used (median)', 'min–max', 'before GC', 'heap size', 'embedder', 'DOM nodes'],
      [
        [`${count} reports (${(characters / 1e6).toFixed(1)} M characters) in the library`, library.usedMB, `${library.minMB}–${library.maxMB}`, library.beforeGcMB, library.totalMB, library.embedderUsedMB, library.nodes],
        ['the sample report alone (the app by itself)', sample.usedMB, `${sample.minMB}–${sample.maxMB}`, sample.beforeGcMB, sample.totalMB, sample.embedderUsedMB, sample.nodes],
      ],
    )}\n\nLoad average (1/5/15 min): ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after\n`,
);
const result = {
  scenario: 'memory',
  date: new Date().toISOString(),
  machine: machine(loadBefore),
  chromium: { version: done.chromiumVersion, args: CHROMIUM_ARGS, viewport: VIEWPORT },
  library: { reports: count, charsEach: chars, characters },
  runs,
  heap: { library, sample },
  readings: { library: done.library, sample: done.sample },
};
writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
log(`wrote ${RESULT_FILE}`);
