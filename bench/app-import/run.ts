/**
 * `npm run bench:app-import`: importing the generated corpus into the app's
 * library through its own interface, in Chromium, against writing the same
 * already-parsed records with Dexie's `bulkAdd`.
 *
 * Generates the reports (bench/report-corpus.ts, the seed of bench:import and
 * bench:search) and writes them as .txt files to a temporary folder; parses
 * the same files in Node with core's importer and the app's `reportRecords`
 * (the baseline's records). Builds the app (electron-vite) and serves its
 * renderer over http://127.0.0.1. Each run is a fresh browser context (a
 * fresh profile and library): the app's first start is let finish, then in
 * the same page the import through the 导入 button (import-clock.ts) and the
 * `bulkAdd` baseline (bulk-add-baseline.ts), their order turning each run;
 * after the import, the page's heap is read (forced GC, information).
 * Prints a table and writes bench/results/app-import.json.
 *
 * Options: --reports N (default 1000), --chars N per report (default 20000),
 * --runs N (default 3), --no-app-build (use out/renderer as it is),
 * --out FILE (write the results there instead; `npm run bench` uses it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureAppBuild, firstStart, heapAfterGc, log, median, resultFile, wholeOption, withApp, CHROMIUM_ARGS, type HeapMetrics } from '../app-session';
import { loadLine, machine } from '../machine';
import { countRows } from '../open-report/app-library';
import { settle } from '../open-report/app-bench';
import { VIEWPORT } from '../open-report/page-bench';
import { summarize, table } from '../open-report/statistics';
import { reportCorpus } from '../report-corpus';
import { searchCorpus } from '../search/search-corpus';
import { bulkAddScript, timeBulkAdd } from './bulk-add-baseline';
import { timeImport, type ImportTiming } from './import-clock';

/** Files the app's import stores per transaction (BATCH_FILES in import-reports.ts); the baseline writes as many. */
const APP_BATCH = 25;

const RESULT_FILE = resultFile('app-import.json');
const count = wholeOption('reports', 1000);
const chars = wholeOption('chars', 20_000);
const runs = wholeOption('runs', 3);
mkdirSync(dirname(RESULT_FILE), { recursive: true });
const loadBefore = loadavg();

// The files, on disk as an analyst would pick them, and the same reports as the library stores them.
log(`generating ${count} reports of about ${chars} characters…`);
const corpus = reportCorpus(count, chars);
const folder = mkdtempSync(join(tmpdir(), 'bench-app-import-'));
const paths = corpus.map((file) => {
  const path = join(folder, file.name);
  writeFileSync(path, file.text);
  return path;
});
const characters = corpus.reduce((sum, f) => sum + f.text.length, 0);
const megabytes = corpus.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / 1e6;
log(`  ${(characters / 1e6).toFixed(1)} M characters, ${megabytes.toFixed(1)} MB of UTF-8 in ${folder}`);
log('parsing them in Node for the baseline (core importer + reportRecords)…');
const records = await searchCorpus(count, chars, 'bench-import-');

ensureAppBuild();
const script = await bulkAddScript();

interface Run {
  order: string;
  app: ImportTiming;
  bulkAdd: number;
  /** Information: the page's heap once the import is over and the page idle, after two forced collections. */
  heapAfterImport: HeapMetrics;
}

try {
  const done = await withApp(async (browser, origin) => {
    const timed: Run[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        await firstStart(page, origin);
        await settle(page, 1000);
        const before = await countRows(page, 'reports');
        const appFirst = run % 2 === 0;
        let app: ImportTiming | null = null;
        let heapAfterImport: HeapMetrics | null = null;
        let bulkAdd = 0;
        for (const step of appFirst ? ['app', 'bulkAdd'] : ['bulkAdd', 'app']) {
          if (step === 'app') {
            app = await timeImport(page, paths);
            const expected = `新增 ${count} 份，已在库中 0 份，失败 0 份`;
            if (!app.line.includes(expected)) throw new Error(`The import's result line says ${JSON.stringify(app.line)}, not …${expected}`);
            for (const table of ['reports', 'reportTexts']) {
              const rows = await countRows(page, table);
              if (rows !== before + count) throw new Error(`After the import the library's ${table} holds ${rows} rows, not ${before + count}`);
            }
            await settle(page, 2000);
            heapAfterImport = await heapAfterGc(page);
          } else {
            bulkAdd = (await timeBulkAdd(page, script, records, `bench-bulkadd-${run}`, APP_BATCH)).ms;
          }
          await settle(page, 1000);
        }
        timed.push({ order: appFirst ? 'import, then bulkAdd' : 'bulkAdd, then import', app: app!, bulkAdd, heapAfterImport: heapAfterImport! });
        log(
          `  run ${run + 1}: import ${Math.round(app!.ms)} ms (${Math.round(count / (app!.ms / 1000))} reports/s; files read, progress shown at ${Math.round(app!.progressMs ?? NaN)} ms; ` +
            `heap after ${heapAfterImport!.usedMB.toFixed(1)} MB), bulkAdd ${Math.round(bulkAdd)} ms`,
        );
      } finally {
        await context.close();
      }
    }
    return { timed, chromiumVersion: browser.version() };
  });

  const app = summarize(done.timed.map((r) => r.app.ms));
  const baseline = summarize(done.timed.map((r) => r.bulkAdd));
  const heapAfterImportMB = Math.round(median(done.timed.map((r) => r.heapAfterImport.usedMB)) * 10) / 10;
  const perSecond = (ms: number) => Math.round(count / (ms / 1000));
  const ratio = Number((app.median / baseline.median).toFixed(2));
  const loadAfter = loadavg();
  process.stdout.write(
    `\nImporting ${count} generated reports (${(characters / 1e6).toFixed(1)} M characters) in the app (built renderer, Chromium ${done.chromiumVersion}); ${runs} runs\n` +
      `${table(
        ['', 'median ms', 'min–max ms', 'reports/s', '× bulkAdd'],
        [
          ['the app: file selection → frame after the result line', Math.round(app.median), `${Math.round(app.min)}–${Math.round(app.max)}`, perSecond(app.median), ratio],
          ['Dexie bulkAdd of the parsed records (baseline)', Math.round(baseline.median), `${Math.round(baseline.min)}–${Math.round(baseline.max)}`, perSecond(baseline.median), 1],
        ],
      )}\n\nThe page's JS heap once the import is over (after GC): ${heapAfterImportMB} MB (median)\n\nLoad average (1/5/15 min): ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after\n`,
  );
  const result = {
    scenario: 'app-import',
    date: new Date().toISOString(),
    machine: machine(loadBefore),
    chromium: { version: done.chromiumVersion, args: CHROMIUM_ARGS, viewport: VIEWPORT },
    corpus: { reports: count, charsEach: chars, characters, megabytes: Number(megabytes.toFixed(2)) },
    runs,
    appBatch: APP_BATCH,
    app: { ...app, reportsPerSecond: perSecond(app.median) },
    bulkAdd: { ...baseline, reportsPerSecond: perSecond(baseline.median) },
    heapAfterImportMB,
    ratio,
    timed: done.timed,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${RESULT_FILE}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
