/**
 * `npm run bench`: every benchmark in one go, and one table of the issue's
 * goals: for each scenario our figure, the baseline's (where there is one),
 * their ratio, the goal and whether it is met.
 *
 * Builds the app once (electron-vite), then starts the runners one after
 * another, each in a process of its own, with the sizes of the options
 * (harness/options.ts): bench:open, bench:search, bench:export,
 * bench:app-import, bench:library and bench:memory write their results file
 * (bench/results/, or bench/results/quick/ with --quick, so a smoke test
 * leaves the full runs' files alone); bench:import prints its figures as
 * JSON. Then reads them, prints the table on stdout (the runners'
 * own tables and progress go to stderr) and writes the table's rows, the
 * machine, Chromium's version, the options and every runner's raw results to
 * bench/results/latest.json.
 *
 * A missed goal is a finding, not a failure: the exit status is non-zero only
 * when a runner crashes (exits non-zero, is stopped by --timeout, or leaves
 * no readable results). `--quick` runs every scenario small, for CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, SCENARIOS, usage, type HarnessOptions, type ScenarioId } from './harness/options';
import { composeRows, rowsTable, type Results, type RunnerFailure } from './harness/rows';
import { loadLine, machine } from './machine';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench/results');
const LATEST = join(RESULTS_DIR, 'latest.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (line: string) => process.stderr.write(`${line}\n`);

if (process.argv.includes('--help')) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}
let options: HarnessOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const started = Date.now();
const loadBefore = loadavg();
const runnerDir = options.quick ? join(RESULTS_DIR, 'quick') : RESULTS_DIR;
mkdirSync(runnerDir, { recursive: true });

/** One runner: its script, its arguments, and where its results are (a file, or its stdout). */
interface Runner {
  id: ScenarioId;
  script: string;
  args: string[];
  /** The results file, or null when the runner prints its results as JSON on stdout. */
  resultFile: string | null;
}

/** What became of one runner. */
interface RunnerRecord {
  id: ScenarioId;
  command: string;
  exitCode: number | null;
  signal: string | null;
  seconds: number;
  resultFile: string | null;
  ok: boolean;
  error?: string;
}

const noBuild = ['--no-app-build'];
const file = (name: string) => join(runnerDir, name);
const RUNNERS: Readonly<Record<ScenarioId, Runner>> = {
  open: {
    id: 'open',
    script: 'bench/open-report/run.ts',
    args: ['--runs', String(options.openRuns), '--adds', String(options.adds), ...noBuild, '--out', file('open-report.json')],
    resultFile: file('open-report.json'),
  },
  search: {
    id: 'search',
    script: 'bench/search/run.ts',
    args: ['--reports', String(options.searchReports), '--chars', String(options.searchChars), '--runs', String(options.searchRounds), ...noBuild, '--out', file('search.json')],
    resultFile: file('search.json'),
  },
  export: {
    id: 'export',
    script: 'bench/export/run.ts',
    args: ['--excerpts', String(options.exportExcerpts), '--reports', String(options.exportReports), '--runs', String(options.exportRuns), '--writers', 'xlsx,docx', '--out', file('export.json')],
    resultFile: file('export.json'),
  },
  import: {
    id: 'import',
    script: 'bench/import-throughput.ts',
    args: ['--reports', String(options.importReports), '--chars', String(options.importChars), '--runs', String(options.importRuns), '--json'],
    resultFile: null,
  },
  'app-import': {
    id: 'app-import',
    script: 'bench/app-import/run.ts',
    args: ['--reports', String(options.appImportReports), '--chars', String(options.appImportChars), '--runs', String(options.appImportRuns), ...noBuild, '--out', file('app-import.json')],
    resultFile: file('app-import.json'),
  },
  library: {
    id: 'library',
    script: 'bench/library/run.ts',
    args: [
      '--reports',
      String(options.libraryReports),
      '--highlights',
      String(options.libraryHighlights),
      '--chars',
      String(options.libraryChars),
      '--runs',
      String(options.libraryRuns),
      ...noBuild,
      '--out',
      file('library.json'),
    ],
    resultFile: file('library.json'),
  },
  memory: {
    id: 'memory',
    script: 'bench/memory/run.ts',
    args: ['--reports', String(options.memoryReports), '--chars', String(options.memoryChars), '--runs', String(options.memoryRuns), ...noBuild, '--out', file('memory.json')],
    resultFile: file('memory.json'),
  },
};
/** The runners that time the built app in Chromium. */
const IN_APP: readonly ScenarioId[] = ['open', 'search', 'app-import', 'library', 'memory'];

// The app, built once for the runners that time it.
let appBuild: 'built' | 'not built (--no-app-build)' | 'failed: the earlier build in out/renderer was timed' | 'not needed' = 'not needed';
if (options.scenarios.some((s) => IN_APP.includes(s))) {
  if (options.buildApp) {
    log('bench: building the app (electron-vite build)…');
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    appBuild = built.status === 0 ? 'built' : 'failed: the earlier build in out/renderer was timed';
    if (built.status !== 0) log('bench: electron-vite build failed; the runners time the earlier build in out/renderer, if there is one');
  } else appBuild = 'not built (--no-app-build)';
}

// The runners, one after another.
const records: RunnerRecord[] = [];
const raw = Object.fromEntries(SCENARIOS.map((id) => [id, null])) as Record<ScenarioId, unknown>;
const results = Object.fromEntries(SCENARIOS.map((id) => [id, { failure: 'not run', reason: 'not chosen (--only)' }])) as unknown as Results;
for (const id of options.scenarios) {
  const runner = RUNNERS[id];
  const args = ['--import', 'tsx', runner.script, ...runner.args];
  const command = `node --import tsx ${runner.script} ${runner.args.map((a) => (a.startsWith('/') ? relative(ROOT, a) : a)).join(' ')}`;
  log(`\nbench: ${command}`);
  const begun = Date.now();
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    // The runners' tables and progress to stderr, so stdout holds only the harness's table; import's JSON read from its stdout.
    stdio: ['ignore', runner.resultFile ? 2 : 'pipe', 2],
    encoding: 'utf8',
    timeout: options.timeoutS * 1000,
    // SIGTERM lets Playwright close its browser on the way out.
    killSignal: 'SIGTERM',
  });
  const record: RunnerRecord = {
    id,
    command,
    exitCode: child.status,
    signal: child.signal,
    seconds: Math.round((Date.now() - begun) / 100) / 10,
    resultFile: runner.resultFile ? relative(ROOT, runner.resultFile) : null,
    ok: false,
  };
  let result: object | RunnerFailure;
  try {
    if ((child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') throw new Error(`stopped after ${options.timeoutS} s (--timeout)`);
    if (child.error) throw child.error;
    if (child.signal) throw new Error(`killed by ${child.signal}`);
    if (child.status !== 0) throw new Error(`exited with ${child.status}`);
    if (runner.resultFile) {
      // A results file older than this run is an earlier run's: the runner wrote none.
      if (!existsSync(runner.resultFile) || statSync(runner.resultFile).mtimeMs < begun) throw new Error(`wrote no ${relative(ROOT, runner.resultFile)}`);
      result = JSON.parse(readFileSync(runner.resultFile, 'utf8')) as object;
    } else {
      const lastLine = (child.stdout ?? '').trim().split('\n').pop() ?? '';
      result = JSON.parse(lastLine) as object;
    }
    record.ok = true;
    raw[id] = result;
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error);
    result = { failure: 'crashed', reason: record.error };
    log(`bench: ${id} crashed: ${record.error}`);
  }
  (results as unknown as Record<ScenarioId, object>)[id] = result;
  records.push(record);
  log(`bench: ${id} took ${record.seconds} s`);
}

// Chromium's version: as a runner's browser reported it, or as the binary says.
const chromiumVersion =
  [results.open, results.search, results['app-import'], results.library, results.memory].map((r) => ('chromium' in r ? r.chromium.version : null)).find((v) => v !== null) ??
  /\d+(?:\.\d+)+/.exec(spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[0] ??
  'unknown';

const rows = composeRows(results);
const seconds = Math.round((Date.now() - started) / 100) / 10;
const loadAfter = loadavg();
const crashed = records.filter((r) => !r.ok);
const missed = rows.filter((r) => r.met === false);

const heading = `npm run bench${options.quick ? ' -- --quick (small sizes: the goals are for the full sizes)' : ''}: ${seconds} s; Chromium ${chromiumVersion}; load average ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after`;
process.stdout.write(`\n${heading}\n\n${rowsTable(rows)}\n\n`);
process.stdout.write(
  `${rows.filter((r) => r.met === true).length} goals met, ${missed.length} missed, ${rows.filter((r) => r.status !== 'measured').length} not measured` +
    `${crashed.length > 0 ? `; crashed: ${crashed.map((r) => `${r.id} (${r.error})`).join(', ')}` : ''}.\n`,
);

const latest = {
  harness: 'npm run bench',
  mode: options.quick ? 'quick' : 'full',
  date: new Date(started).toISOString(),
  seconds,
  machine: machine(loadBefore),
  chromium: { version: chromiumVersion, path: CHROMIUM },
  options: {
    scenarios: options.scenarios,
    sizes: {
      open: { runs: options.openRuns, adds: options.adds },
      search: { reports: options.searchReports, chars: options.searchChars, rounds: options.searchRounds, terms: 20 },
      export: { excerpts: options.exportExcerpts, reports: options.exportReports, runs: options.exportRuns, writers: ['xlsx', 'docx'] },
      import: { reports: options.importReports, chars: options.importChars, runs: options.importRuns },
      'app-import': { reports: options.appImportReports, chars: options.appImportChars, runs: options.appImportRuns },
      library: { reports: options.libraryReports, highlights: options.libraryHighlights, chars: options.libraryChars, runs: options.libraryRuns },
      memory: { reports: options.memoryReports, chars: options.memoryChars, runs: options.memoryRuns },
    },
    timeoutS: options.timeoutS,
  },
  appBuild,
  runners: records,
  rows,
  raw,
};
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(LATEST, `${JSON.stringify(latest, null, 2)}\n`);
log(`bench: wrote ${relative(ROOT, LATEST)}`);
process.exitCode = crashed.length > 0 ? 1 : 0;
