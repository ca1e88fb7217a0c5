/**
 * `npm run bench:search`: how long a search of a library of 1,000 reports
 * takes in the app, in Chromium, against finding the same term with
 * `indexOf` in the same texts held in memory.
 *
 * Generates the reports (search-corpus.ts: the project's corpus, parsed by
 * core's importer, stored as the app's `reportRecords` makes them), builds
 * the app (electron-vite) and serves its renderer over http://127.0.0.1,
 * seeds its IndexedDB library in Debian Chromium, then in one page of the
 * app's 搜索 view times each of the twenty terms of search-terms.ts through
 * the interface (search-clock.ts), the app's search engine alone
 * (engine-clock.ts) and the baseline scan (scan-baseline.ts) right after it,
 * round after round, the terms' order turning each round, after a warm-up
 * round not counted.
 * Prints the tables and writes bench/results/search.json.
 *
 * Options: --runs N (default 5) rounds, --reports N (default 1000), --chars N
 * per report (default 20000), --no-app-build (use out/renderer as it is),
 * --out FILE (write the results there instead; `npm run bench` uses it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { loadLine, machine } from '../machine';
import { VIEWPORT } from '../open-report/page-bench';
import { serveFolder } from '../open-report/static-server';
import { engineScript, timeEngine } from './engine-clock';
import { timeScan, loadTexts, type ScanTiming } from './scan-baseline';
import { openSearchView, timeSearch, type SearchTiming } from './search-clock';
import { searchCorpus } from './search-corpus';
import { overall, overallTable, termResult, termTable } from './search-results';
import { SEARCH_TERMS, termFrequencies } from './search-terms';
import { seedSearchLibrary } from './seed-library';
import { CHROMIUM_ARGS, wholeOption } from '../app-session';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_DIR = join(ROOT, 'out/renderer');
const outAt = process.argv.indexOf('--out');
const RESULT_FILE = outAt >= 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]!) : join(ROOT, 'bench/results/search.json');


const runs = wholeOption('runs', 5);
const count = wholeOption('reports', 1000);
const chars = wholeOption('chars', 20_000);
const buildApp = !process.argv.includes('--no-app-build');
const log = (line: string) => process.stderr.write(`${line}\n`);
mkdirSync(dirname(RESULT_FILE), { recursive: true });
const loadBefore = loadavg();

// The library, and what it holds of each term.
log(`generating and parsing ${count} reports of about ${chars} characters…`);
const records = await searchCorpus(count, chars);
const characters = records.reduce((sum, r) => sum + r.text.text.length, 0);
log(`  ${characters} characters in all`);
const frequencies = termFrequencies(
  records.map((r) => r.text.text),
  SEARCH_TERMS.map((t) => t.term),
);

if (buildApp) {
  log('building the app (electron-vite build)…');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('electron-vite build failed and there is no earlier build in out/renderer');
    log('electron-vite build failed: timing the earlier build in out/renderer');
  }
}
if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('No build in out/renderer: run without --no-app-build');

const script = await engineScript();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const server = await serveFolder(APP_DIR);
try {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  log('seeding the app’s library…');
  await seedSearchLibrary(context, server.origin, records, log);
  const page = await openSearchView(context, server.origin);
  const loaded = await loadTexts(page);
  log(`the page holds ${loaded.reports} texts (${loaded.characters} characters) for the baseline`);

  const searches = new Map<string, SearchTiming[]>(SEARCH_TERMS.map((t) => [t.term, []]));
  const engines = new Map<string, ScanTiming[]>(SEARCH_TERMS.map((t) => [t.term, []]));
  const scans = new Map<string, ScanTiming[]>(SEARCH_TERMS.map((t) => [t.term, []]));
  log(`timing ${SEARCH_TERMS.length} terms × ${runs} rounds (+1 warm-up round)…`);
  for (let round = -1; round < runs; round++) {
    const shift = ((round % SEARCH_TERMS.length) + SEARCH_TERMS.length) % SEARCH_TERMS.length;
    const order = [...SEARCH_TERMS.slice(shift), ...SEARCH_TERMS.slice(0, shift)];
    const line: string[] = [];
    for (const { term } of order) {
      const search = await timeSearch(page, term);
      const engine = await timeEngine(page, script, term);
      const scan = await timeScan(page, term);
      if (round < 0) continue;
      searches.get(term)!.push(search);
      engines.get(term)!.push(engine);
      scans.get(term)!.push(scan);
      line.push(`${term} ${Math.round(search.complete)}`);
    }
    log(round < 0 ? '  warm-up round done' : `  round ${round + 1}: ${line.join(', ')} ms`);
  }
  await page.close();
  await context.close();

  const terms = SEARCH_TERMS.map((term, i) => termResult(term, frequencies[i]!, searches.get(term.term)!, engines.get(term.term)!, scans.get(term.term)!));
  // The app's count line and the baseline must agree with what Node found, or the figures time something else.
  const problems: string[] = [];
  for (const t of terms) {
    if (t.finalCount.reports !== t.reports || t.finalCount.matches !== t.matches)
      problems.push(`${t.term}: the app counted ${t.finalCount.reports} reports / ${t.finalCount.matches} matches, Node ${t.reports} / ${t.matches}`);
    const scan = scans.get(t.term)![0]!;
    if (scan.reports !== t.reports || scan.matches !== t.matches) problems.push(`${t.term}: indexOf found ${scan.reports} reports / ${scan.matches} matches, Node ${t.reports} / ${t.matches}`);
    const engine = engines.get(t.term)![0]!;
    if (engine.reports !== t.reports || engine.matches !== t.matches) problems.push(`${t.term}: the app's search found ${engine.reports} reports / ${engine.matches} matches, Node ${t.reports} / ${t.matches}`);
  }
  for (const problem of problems) log(`warning: ${problem}`);
  const figures = overall(terms);
  const loadAfter = loadavg();
  process.stdout.write(
    `\nSearching ${count} reports (${(characters / 1e6).toFixed(1)} M characters) in the app (built renderer, Chromium ${chromiumVersion}); medians of ${runs} rounds, ms\n${termTable(terms)}\n`,
  );
  process.stdout.write(`\nOver every search (${SEARCH_TERMS.length} terms × ${runs} rounds), ms\n${overallTable(figures, count)}\n`);
  process.stdout.write(`\nLoad average (1/5/15 min): ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after\n`);

  const result = {
    scenario: 'search',
    date: new Date().toISOString(),
    machine: machine(loadBefore),
    chromium: { version: chromiumVersion, args: CHROMIUM_ARGS, viewport: VIEWPORT },
    library: { reports: count, charsEach: chars, characters },
    rounds: runs,
    overall: figures,
    terms,
    problems,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${RESULT_FILE}`);
} finally {
  await browser.close();
  await server.close();
}
