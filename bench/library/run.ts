/**
 * `npm run bench:library`: how the app copes with a large library, in
 * Chromium: 5,000 reports and 50,000 highlights by default.
 *
 * Generates the library (big-library.ts: short reports of the generated
 * corpus, 2,000 characters each by default to keep seeding fast, parsed by
 * core's importer; highlights spread evenly over them with themes of the
 * default codebook), builds the app (electron-vite) and serves its renderer
 * over http://127.0.0.1, seeds the app's IndexedDB in a fresh browser
 * context (seed-big-library.ts), then in one page, run after run (after a
 * warm-up run not counted), times (library-clock.ts): opening the app until
 * the list shows (from the app's own start, and from the reload), filtering
 * the list by a year (and back to every year), and opening 分析 until the
 * theme × report matrix is computed (its summary line shown) and until its
 * chart is drawn (the first time in the page, and again after going back to
 * 报告). Prints a table and writes bench/results/library.json.
 *
 * Options: --reports N (default 5000), --highlights N (default 50000),
 * --chars N per report (default 2000), --runs N (default 5),
 * --no-app-build (use out/renderer as it is), --trace (then trace one more
 * run of each step and break its main-thread time down; the traces go
 * beside the results file), --out FILE (write the results there instead; `npm run
 * bench` uses it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { libraryYears } from '../../src/renderer/src/features/library/library-query';
import { ensureAppBuild, log, resultFile, wholeOption, withApp, CHROMIUM_ARGS } from '../app-session';
import { loadLine, machine } from '../machine';
import { settle } from '../open-report/app-bench';
import { traceStep, type TracedStep } from '../open-report/app-trace';
import { VIEWPORT } from '../open-report/page-bench';
import { traceTables } from '../open-report/results';
import { summarize, table } from '../open-report/statistics';
import { bigLibrary } from './big-library';
import { armOpenClock, backToReports, openApp, timeFilter, timeMatrix, timeOpen, type FilterTiming, type MatrixTiming, type OpenTiming } from './library-clock';
import { seedBigLibrary } from './seed-big-library';

const RESULT_FILE = resultFile('library.json');
const reports = wholeOption('reports', 5000);
const highlights = wholeOption('highlights', 50_000);
const chars = wholeOption('chars', 2000);
const runs = wholeOption('runs', 5);
const trace = process.argv.includes('--trace');
mkdirSync(dirname(RESULT_FILE), { recursive: true });
const loadBefore = loadavg();

log(`generating ${reports} reports of about ${chars} characters and ${highlights} highlights…`);
const library = await bigLibrary(reports, chars, highlights);
const years = libraryYears(library.reports.map((r) => r.record));
const perYear = new Map(years.map((y) => [y, library.reports.filter((r) => r.record.year === y).length]));
const characters = library.reports.reduce((sum, r) => sum + r.text.text.length, 0);
log(`  ${(characters / 1e6).toFixed(1)} M characters; years ${years.map((y) => `${y} (${perYear.get(y)})`).join(', ')}`);
ensureAppBuild();

interface Run {
  open: OpenTiming;
  filter: FilterTiming & { year: number };
  allYears: FilterTiming;
  matrix: MatrixTiming;
  matrixAgain: MatrixTiming;
}

const done = await withApp(async (browser, origin) => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    log('seeding the app’s library…');
    await seedBigLibrary(context, origin, library, log);
    const page = await context.newPage();
    await armOpenClock(page);
    await openApp(page, origin);
    const timed: Run[] = [];
    for (let run = -1; run < runs; run++) {
      const open = await timeOpen(page);
      if (open.entries !== reports) throw new Error(`The list shows ${open.entries} entries, not ${reports}`);
      if (open.appStartMs === null) throw new Error('The app set no app-start mark');
      await settle(page, 1000);
      const year = years[(run + 1) % years.length]!;
      const filter = { ...(await timeFilter(page, year, perYear.get(year)!)), year };
      await settle(page, 500);
      const allYears = await timeFilter(page, '', reports);
      await settle(page, 1000);
      const matrix = await timeMatrix(page);
      await backToReports(page);
      const matrixAgain = await timeMatrix(page);
      await backToReports(page);
      if (run < 0) {
        log('  warm-up run done');
        continue;
      }
      timed.push({ open, filter, allYears, matrix, matrixAgain });
      log(
        `  run ${run + 1}: open ${Math.round(open.ms - open.appStartMs!)} ms from the app's start (${Math.round(open.ms)} from the reload; ${open.rows} rows of ${open.entries} in the page), ` +
          `filter ${year} ${Math.round(filter.ms)} ms (${filter.entries} shown), all years ${Math.round(allYears.ms)} ms, ` +
          `分析 matrix ${Math.round(matrix.summaryMs ?? NaN)} ms, chart ${Math.round(matrix.ms)} ms; again ${Math.round(matrixAgain.summaryMs ?? NaN)} ms, ${Math.round(matrixAgain.ms)} ms`,
      );
    }
    const traces: [string, TracedStep][] = [];
    if (trace) {
      log('tracing one more run of each step…');
      const traced = async <T>(name: string, file: string, step: () => Promise<T>): Promise<T> => {
        const { result, breakdown } = await traceStep(browser, page, join(dirname(RESULT_FILE), `library-trace-${file}.json`), step);
        traces.push([name, breakdown]);
        return result;
      };
      await traced('open (from the document’s start; app-start is the app’s own)', 'open', () => timeOpen(page));
      await settle(page, 1000);
      await traced('filter by a year', 'filter', () => timeFilter(page, years[0]!, perYear.get(years[0]!)!));
      await settle(page, 500);
      await traced('back to every year', 'all-years', () => timeFilter(page, '', reports));
      await settle(page, 1000);
      await traced('分析 (bench-matrix: the matrix shown; the end: the chart drawn)', 'matrix', () => timeMatrix(page));
      await backToReports(page);
    }
    return { timed, traces, chromiumVersion: browser.version() };
  } finally {
    await context.close();
  }
});

// The summary line must count the library, and the chart the clock stopped on must be the whole chart.
const problems: string[] = [];
const expectedLine = `${reports} 份报告有划线，共 ${highlights} 条划线。`;
for (const [i, run] of done.timed.entries()) {
  for (const [name, matrix] of [
    ['分析', run.matrix],
    ['分析 again', run.matrixAgain],
  ] as const) {
    if (matrix.line.replaceAll(',', '') !== expectedLine) problems.push(`run ${i + 1}, ${name}: the summary line says ${JSON.stringify(matrix.line)}, not ${JSON.stringify(expectedLine)}`);
    if (matrix.paintedAtStop < 0.95 * matrix.paintedLater) problems.push(`run ${i + 1}, ${name}: ${matrix.paintedAtStop} pixels painted when the clock stopped, ${matrix.paintedLater} a second later`);
  }
  if (run.filter.entries !== perYear.get(run.filter.year)) problems.push(`run ${i + 1}: the list shows ${run.filter.entries} entries for ${run.filter.year}, not ${perYear.get(run.filter.year)}`);
}
for (const problem of problems) log(`warning: ${problem}`);

const figures = {
  openApp: summarize(done.timed.map((r) => r.open.ms - (r.open.appStartMs ?? NaN))),
  open: summarize(done.timed.map((r) => r.open.ms)),
  openAppStart: summarize(done.timed.map((r) => r.open.appStartMs ?? NaN)),
  openDomContentLoaded: summarize(done.timed.map((r) => r.open.domContentLoadedMs ?? NaN)),
  openListed: summarize(done.timed.map((r) => r.open.listedMs)),
  filter: summarize(done.timed.map((r) => r.filter.ms)),
  allYears: summarize(done.timed.map((r) => r.allYears.ms)),
  matrixComputed: summarize(done.timed.map((r) => r.matrix.summaryMs ?? r.matrix.ms)),
  matrixDrawn: summarize(done.timed.map((r) => r.matrix.ms)),
  matrixAgainComputed: summarize(done.timed.map((r) => r.matrixAgain.summaryMs ?? r.matrixAgain.ms)),
  matrixAgainDrawn: summarize(done.timed.map((r) => r.matrixAgain.ms)),
};
const loadAfter = loadavg();
const line = (label: string, s: { median: number; min: number; max: number }) => [label, Math.round(s.median), `${Math.round(s.min)}–${Math.round(s.max)}`];
process.stdout.write(
  `\nA library of ${reports} reports (${chars} characters each) and ${highlights} highlights in the app (built renderer, Chromium ${done.chromiumVersion}); ${runs} runs, ms\n` +
    `${table(
      ['', 'median', 'min–max'],
      [
        line('open: the app’s start → frame after the list shows', figures.openApp),
        line('  reload → frame after the list shows', figures.open),
        line('  reload → the app’s start', figures.openAppStart),
        line('  reload → DOMContentLoaded', figures.openDomContentLoaded),
        line('filter by a year: change → frame after the list', figures.filter),
        line('  back to every year', figures.allYears),
        line('分析: click → frame after the matrix (its summary line)', figures.matrixComputed),
        line('  click → frame after the chart is drawn', figures.matrixDrawn),
        line('  again: click → matrix', figures.matrixAgainComputed),
        line('  again: click → chart', figures.matrixAgainDrawn),
      ],
    )}\n\nLoad average (1/5/15 min): ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after\n` +
    (done.traces.length > 0 ? `\n${traceTables(done.traces)}\n` : ''),
);
const result = {
  scenario: 'library',
  date: new Date().toISOString(),
  machine: machine(loadBefore),
  chromium: { version: done.chromiumVersion, args: CHROMIUM_ARGS, viewport: VIEWPORT },
  library: { reports, charsEach: chars, characters, highlights, years: Object.fromEntries(perYear) },
  runs,
  figures,
  timed: done.timed,
  traces: Object.fromEntries(done.traces),
  problems,
};
writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
log(`wrote ${RESULT_FILE}`);
