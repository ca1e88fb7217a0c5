/**
 * `npm run bench:open`: what opening a 140,000-character report with 1,000
 * highlights costs, against Chromium laying out the same text with none.
 *
 * Generates the report and its highlights, builds the bench page (Vite) and
 * the app (electron-vite), serves both over http://127.0.0.1, and in Debian
 * Chromium times the page's ways of drawing the report (in a column as wide
 * as the app's; among them @recogito/text-annotator, issue 6's baseline) and
 * the app's open-report and add-highlight; prints the
 * tables and writes
 * bench/results/open-report.json. Options: --runs N (default 7) per page
 * variant and for open-report, --adds N (default 20) for add-highlight,
 * --no-app (page only), --no-app-build (use out/renderer as it is),
 * --trace (also trace one open-report and one add-highlight in the app and
 * break their time down; the traces go to bench/results/), --out FILE (write
 * the results there instead; `npm run bench` uses it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import codebookFile from '../../resources/codebook.json';
import { defaultCodebook } from '../../src/core/themes/default-codebook';
import { benchAddHighlight, benchOpenReport, reportTextWidth, restoreLibrary, seededApp, type Passage } from './app-bench';
import { traceApp } from './app-trace';
import { libraryRecords } from './app-library';
import { TEXT_ANNOTATOR_RENDERERS, VARIANTS, type OpenReportData } from './bench-data';
import { benchHighlights } from './bench-highlights';
import { longReport } from './long-report';
import { benchPage, VIEWPORT } from './page-bench';
import { serveFolder } from './static-server';
import { appResult, appTable, traceTables, variantResults, variantTable, type AppResult } from './results';
import { BENCH_PAGE_DIR } from './vite.bench.config';
import { CHROMIUM_ARGS, wholeOption } from '../app-session';
import { machine } from '../machine';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_DIR = join(ROOT, 'out/renderer');
const outAt = process.argv.indexOf('--out');
const RESULT_FILE = outAt >= 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]!) : join(ROOT, 'bench/results/open-report.json');
/** The goal of issue 4: opening costs at most this many times laying out the plain text. */
const GOAL = 1.3;
/** The goal of issue 6: opening costs at most this many times @recogito/text-annotator's. */
const RECOGITO_GOAL = 0.6;


/** The version of @recogito/text-annotator installed, which the page's baseline ran. */
function textAnnotatorVersion(): string {
  // Its entry is dist/text-annotator.umd.js; its manifest is not among its exports.
  const manifest = join(dirname(dirname(createRequire(import.meta.url).resolve('@recogito/text-annotator'))), 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

const runs = wholeOption('runs', 7);
const adds = wholeOption('adds', 20);
const withApp = !process.argv.includes('--no-app');
const buildApp = !process.argv.includes('--no-app-build');
const trace = process.argv.includes('--trace');
const log = (line: string) => process.stderr.write(`${line}\n`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
mkdirSync(dirname(RESULT_FILE), { recursive: true });
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
const records = libraryRecords(report, highlights);
try {
  // The app's library, seeded; the app's report column, measured, so the bench page lays the text out as wide.
  let width: number | null = null;
  const context = appServer ? await seededApp(browser, appServer.origin, records) : null;
  if (appServer && context) {
    width = Math.round(await reportTextWidth(context, appServer.origin, report.title, highlights.length));
    log(`the app's report text is ${width} px wide`);
  }

  // The page's ways of drawing.
  log(`timing the bench page: ${VARIANTS.length} variants × ${runs} runs (+1 warm-up round)…`);
  const timings = await benchPage(browser, pageServer.origin, runs, width, (variant, timing, round) =>
    log(
      `  round ${round + 1} ${variant.padEnd(15)} ${timing.total.toFixed(1)} ms (${timing.highlights} highlights${timing.painted === undefined ? '' : `, ${timing.painted} shapes painted`}, ${Math.round(timing.width)}×${Math.round(timing.height)} px)`,
    ),
  );
  const variants = variantResults(timings);
  const plain = variants.find((v) => v.variant === 'plain')!.total.median;
  process.stdout.write(`\nOpening the report in the bench page (ms, ${runs} runs each; Chromium ${chromiumVersion})\n${variantTable(variants)}\n`);

  // The app.
  let app: AppResult | null = null;
  if (appServer && context) {
    try {
      log(`timing open-report in the app: ${runs} runs (+1 warm-up)…`);
      const openTimes = await benchOpenReport(context, appServer.origin, report.title, highlights.length, runs);
      // Passages of 12 characters in paragraphs spread over the report, none exactly a stored highlight.
      const paragraphs = report.blocks.flatMap((block, index) => (block.kind === 'paragraph' && block.end - block.start > 80 ? [index] : []));
      const step = Math.max(1, Math.floor(paragraphs.length / (adds + 2)));
      const passages: Passage[] = paragraphs
        .filter((_, index) => index % step === 0)
        .map((block) => ({ block, offset: 40, length: 12 }))
        .filter((p) => !highlights.some((h) => h.start === report.blocks[p.block]!.start + p.offset && h.end === h.start + p.length))
        .slice(0, adds + 2);
      log(`timing add-highlight in the app: ${adds} highlights (+1 warm-up)…`);
      const addTimes = await benchAddHighlight(context, appServer.origin, report.title, highlights.length, passages.slice(0, adds + 1), adds);
      let traces = null;
      if (trace) {
        log('tracing one open-report and one add-highlight in the app…');
        await restoreLibrary(context, appServer.origin, records);
        traces = await traceApp(browser, context, appServer.origin, report.title, highlights.length, passages[adds + 1]!, join(ROOT, 'bench/results/open-report-trace'));
      }
      app = appResult(width ?? 0, openTimes, addTimes, plain, traces);
      process.stdout.write(`\nThe app (built renderer in Chromium ${chromiumVersion}; ms)\n${appTable(app)}\n`);
      if (traces)
        process.stdout.write(
          `\n${traceTables([
            ['open-report', traces.openReport],
            ['add-highlight', traces.addHighlight],
          ])}\n`,
        );
    } finally {
      await context.close();
    }
  }

  const ours = variants.find((v) => v.variant === 'pm-layer')!;
  const recogito = variants.find((v) => v.variant === 'recogito')!.total.median;
  process.stdout.write(
    `\nGoal: ≤ ${GOAL} × plain (${plain} ms). Bench page, ours: ${ours.ratio} ×${app ? `; the app's open-report: ${app.openReport.ratio} ×` : ''}.\n` +
      (app ? `Issue 6: the app's open-report ≤ ${RECOGITO_GOAL} × @recogito/text-annotator (${recogito} ms): ${(app.openReport.median / recogito).toFixed(2)} ×.\n` : ''),
  );

  const result = {
    scenario: 'open-report',
    date: new Date().toISOString(),
    goal: `open-report ≤ ${GOAL} × plain`,
    machine: machine(loadBefore),
    chromium: { version: chromiumVersion, args: CHROMIUM_ARGS, viewport: VIEWPORT },
    report: { characters: report.text.length, blocks: report.blocks.length, highlights: highlights.length, overlapping, columnWidth: width },
    textAnnotator: { version: textAnnotatorVersion(), renderer: TEXT_ANNOTATOR_RENDERERS[0] },
    page: Object.fromEntries(variants.map((v) => [v.variant, v])),
    app,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${RESULT_FILE}`);
} finally {
  await browser.close();
  await pageServer.close();
  await appServer?.close();
}
