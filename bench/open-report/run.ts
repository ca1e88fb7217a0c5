/**
 * `npm run bench:open`: what opening a 140,000-character report with 1,000
 * highlights costs, against Chromium laying out the same text with none.
 *
 * Generates the report and its highlights, builds the bench page (Vite) and
 * the app (electron-vite), serves both over http://127.0.0.1, and in Debian
 * Chromium times the page's five ways of drawing the report and the app's
 * open-report and add-highlight; prints the tables and writes
 * bench/results/open-report.json. Options: --runs N (default 7) per page
 * variant and for open-report, --adds N (default 20) for add-highlight,
 * --no-app (page only), --no-app-build (use out/renderer as it is),
 * --trace (also trace one open-report and one add-highlight in the app and
 * break their time down; the traces go to bench/results/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import codebookFile from '../../resources/codebook.json';
import { defaultCodebook } from '../../src/core/themes/default-codebook';
import { benchAddHighlight, benchOpenReport, restoreLibrary, seededApp, type Passage } from './app-bench';
import { traceApp, type AppTraces } from './app-trace';
import { libraryRecords } from './app-library';
import { VARIANT_LABELS, VARIANTS, type DrawTiming, type OpenReportData } from './bench-data';
import { benchHighlights } from './bench-highlights';
import { longReport } from './long-report';
import { benchPage } from './page-bench';
import { serveFolder } from './static-server';
import { summarize, table } from './statistics';
import { BENCH_PAGE_DIR } from './vite.bench.config';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_DIR = join(ROOT, 'out/renderer');
const RESULT_FILE = join(ROOT, 'bench/results/open-report.json');
/** The goal of issue 4: opening costs at most this many times laying out the plain text. */
const GOAL = 1.3;
/** The flags the e2e suite gives Chromium (playwright.config.ts), so the figures describe the same browser. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} takes a whole number of at least 1`);
  return value;
}

const runs = option('runs', 7);
const adds = option('adds', 20);
const withApp = !process.argv.includes('--no-app');
const buildApp = !process.argv.includes('--no-app-build');
const trace = process.argv.includes('--trace');
const log = (line: string) => process.stderr.write(`${line}\n`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
/** The machine's load when the run began: other work on it makes the figures noisier. */
const loadBefore = loadavg();

// The report and its highlights.
const report = await longReport();
const themes = defaultCodebook(codebookFile);
const highlights = benchHighlights(
  report.text,
  themes.map((theme) => theme.id),
);
const data: OpenReportData = { title: report.title, text: report.text, blocks: report.blocks, highlights };
const overlapping = highlights.filter((h, i) => highlights.some((o, j) => i !== j && o.start < h.end && h.start < o.end)).length;
log(`report: ${report.text.length} characters, ${report.blocks.length} blocks; ${highlights.length} highlights (${overlapping} overlap another)`);

// The bench page and the app, built.
log('building the bench page…');
await build({ configFile: fileURLToPath(new URL('./vite.bench.config.ts', import.meta.url)) });
writeFileSync(join(BENCH_PAGE_DIR, 'data.json'), JSON.stringify(data));
if (withApp && buildApp) {
  log('building the app (electron-vite build)…');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('electron-vite build failed and there is no earlier build in out/renderer');
    log('electron-vite build failed: timing the earlier build in out/renderer');
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const pageServer = await serveFolder(BENCH_PAGE_DIR);
const appServer = withApp ? await serveFolder(APP_DIR) : null;
try {
  // The page's ways of drawing.
  log(`timing the bench page: ${VARIANTS.length} variants × ${runs} runs (+1 warm-up round)…`);
  const timings = await benchPage(browser, pageServer.origin, runs, (variant, timing, round) =>
    log(`  round ${round + 1} ${variant.padEnd(15)} ${timing.total.toFixed(1)} ms (${timing.highlights} highlights, ${Math.round(timing.width)}×${Math.round(timing.height)} px)`),
  );
  const plain = summarize(timings.plain.map((t) => t.total)).median;
  const phase = (list: DrawTiming[], pick: (t: DrawTiming) => number) => summarize(list.map(pick)).median;
  const pageRows = VARIANTS.map((variant) => {
    const list = timings[variant];
    const total = summarize(list.map((t) => t.total));
    return {
      variant,
      label: VARIANT_LABELS[variant],
      total,
      ratio: Number((total.median / plain).toFixed(2)),
      phases: {
        build: phase(list, (t) => t.built),
        layout: phase(list, (t) => t.laidOut - t.built),
        callbacks: phase(list, (t) => t.callbacksDone - t.frameStart),
        frame: phase(list, (t) => t.total - t.callbacksDone),
      },
      highlights: list[0]?.highlights ?? 0,
      width: list[0]?.width ?? 0,
      height: list[0]?.height ?? 0,
      runs: list,
    };
  });
  process.stdout.write(`\nOpening the report in the bench page (ms, ${runs} runs each; Chromium ${chromiumVersion})\n`);
  process.stdout.write(
    `${table(
      ['variant', 'median', 'min', 'max', '× plain', 'build', 'layout', 'rAF cbs', 'frame', 'drawn'],
      pageRows.map((r) => [r.label, r.total.median, r.total.min, r.total.max, r.ratio, r.phases.build, r.phases.layout, r.phases.callbacks, r.phases.frame, r.highlights]),
    )}\n`,
  );

  // The app.
  let app: {
    openReport: ReturnType<typeof summarize> & { ratio: number; times: number[] };
    addHighlight: ReturnType<typeof summarize> & { times: number[] };
    traces: AppTraces | null;
  } | null = null;
  if (appServer) {
    log('seeding the app library…');
    const records = libraryRecords(report, highlights);
    const context = await seededApp(browser, appServer.origin, records);
    try {
      log(`timing open-report in the app: ${runs} runs (+1 warm-up)…`);
      const openTimes = await benchOpenReport(context, appServer.origin, report.title, highlights.length, runs);
      const passages: Passage[] = report.blocks
        .map((block, index) => ({ block: index, offset: 40, length: 12, ok: block.kind === 'paragraph' && block.end - block.start > 80 }))
        .filter((p) => p.ok && !highlights.some((h) => h.start === report.blocks[p.block]!.start + p.offset))
        .filter((_, index, all) => index % Math.max(1, Math.floor(all.length / (adds + 1))) === 0)
        .slice(0, adds + 2)
        .map(({ block, offset, length }) => ({ block, offset, length }));
      log(`timing add-highlight in the app: ${adds} highlights (+1 warm-up)…`);
      const addTimes = await benchAddHighlight(context, appServer.origin, report.title, highlights.length, passages.slice(0, adds + 1), adds);
      const open = summarize(openTimes);
      app = {
        openReport: { ...open, ratio: Number((open.median / plain).toFixed(2)), times: openTimes },
        addHighlight: { ...summarize(addTimes), times: addTimes },
        traces: null,
      };
      process.stdout.write(`\nThe app (built renderer in Chromium ${chromiumVersion}; ms)\n`);
      process.stdout.write(
        `${table(
          ['scenario', 'median', 'min', 'max', 'runs', '× plain'],
          [
            ['open-report: click → frame after 1,000 highlights drawn', open.median, open.min, open.max, open.runs, app.openReport.ratio],
            ['add-highlight: key 1 → frame after it is drawn', app.addHighlight.median, app.addHighlight.min, app.addHighlight.max, app.addHighlight.runs, '–'],
          ],
        )}\n`,
      );
      if (trace) {
        log('tracing one open-report and one add-highlight in the app…');
        await restoreLibrary(context, appServer.origin, records);
        const passage = passages[passages.length - 1]!;
        app.traces = await traceApp(browser, context, appServer.origin, report.title, highlights.length, passage, join(ROOT, 'bench/results/open-report-trace'));
        for (const [name, breakdown] of [
          ['open-report', app.traces.openReport],
          ['add-highlight', app.traces.addHighlight],
        ] as const) {
          const kinds = Object.entries(breakdown.kinds).map(([kind, ms]) => `${kind} ${ms}`).join(', ');
          process.stdout.write(`\n${name}, traced (${breakdown.span} ms with tracing on): main thread ms by kind: ${kinds}\n`);
          process.stdout.write(
            `${table(
              ['at', 'ms', 'task', 'script', 'style', 'layout', 'paint', 'gc'],
              breakdown.tasks.map((t) => [t.at, t.ms, t.what, t.kinds.script ?? 0, t.kinds.style ?? 0, t.kinds.layout ?? 0, t.kinds.paint ?? 0, t.kinds.gc ?? 0]),
            )}\n`,
          );
        }
      }
    } finally {
      await context.close();
    }
  }

  const ours = pageRows.find((r) => r.variant === 'pm-layer')!;
  process.stdout.write(`\nGoal: ≤ ${GOAL} × plain (${plain} ms). Bench page, ours: ${ours.ratio} ×${app ? `; the app's open-report: ${app.openReport.ratio} ×` : ''}.\n`);

  const result = {
    scenario: 'open-report',
    date: new Date().toISOString(),
    goal: `open-report ≤ ${GOAL} × plain`,
    machine: { platform: platform(), release: release(), arch: arch(), cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: { before: loadBefore, after: loadavg() } },
    chromium: { version: chromiumVersion, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 } },
    report: { characters: report.text.length, blocks: report.blocks.length, highlights: highlights.length, overlapping },
    page: Object.fromEntries(pageRows.map((r) => [r.variant, r])),
    app,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${RESULT_FILE}`);
} finally {
  await browser.close();
  await pageServer.close();
  await appServer?.close();
}
