/**
 * `npm run bench`'s options: which scenarios, at what sizes and how many
 * runs. Two sets of defaults: the full one (a few minutes; the sizes of the
 * issue's goals) and `--quick` (small corpora, one or two runs, for a smoke
 * test in CI). Any size or count can be given on its own over either set.
 */

/** The runners the harness starts, in the order it starts them. */
export const SCENARIOS = ['open', 'search', 'export', 'import', 'app-import', 'library', 'memory'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** Sizes and run counts, as the runners take them. */
export interface Sizes {
  /** bench:open: runs of each bench-page variant and of the app's open-report. */
  openRuns: number;
  /** bench:open: highlights added in the app. */
  adds: number;
  /** bench:search: reports in the library, characters each, rounds of the twenty terms. */
  searchReports: number;
  searchChars: number;
  searchRounds: number;
  /** bench:export: excerpts, the reports they are spread over, runs of each writer. */
  exportExcerpts: number;
  exportReports: number;
  exportRuns: number;
  /** bench:import: reports, characters each, runs. */
  importReports: number;
  importChars: number;
  importRuns: number;
  /** bench:app-import: reports imported through the app, characters each, runs. */
  appImportReports: number;
  appImportChars: number;
  appImportRuns: number;
  /** bench:library: reports and highlights in the library, characters per report, runs. */
  libraryReports: number;
  libraryHighlights: number;
  libraryChars: number;
  libraryRuns: number;
  /** bench:memory: reports in the library, characters each, runs. */
  memoryReports: number;
  memoryChars: number;
  memoryRuns: number;
}

export interface HarnessOptions extends Sizes {
  quick: boolean;
  scenarios: ScenarioId[];
  /** False with --no-app-build: time out/renderer as it is. */
  buildApp: boolean;
  /** A runner still going after this many seconds is stopped and counted as crashed. */
  timeoutS: number;
}

/** The defaults: the sizes, with run counts that keep the whole run to a few minutes. */
export const FULL: Sizes = {
  openRuns: 7,
  adds: 20,
  searchReports: 1000,
  searchChars: 20_000,
  searchRounds: 3,
  exportExcerpts: 20_000,
  exportReports: 200,
  exportRuns: 2,
  importReports: 1000,
  importChars: 20_000,
  importRuns: 3,
  appImportReports: 1000,
  appImportChars: 20_000,
  appImportRuns: 3,
  libraryReports: 5000,
  libraryHighlights: 50_000,
  libraryChars: 2000,
  libraryRuns: 5,
  memoryReports: 1000,
  memoryChars: 20_000,
  memoryRuns: 3,
};

/** `--quick`: a tenth of the corpora (a twentieth of the in-app import), one or two runs. */
export const QUICK: Sizes = {
  openRuns: 2,
  adds: 3,
  searchReports: 100,
  searchChars: 20_000,
  searchRounds: 1,
  exportExcerpts: 2_000,
  exportReports: 20,
  exportRuns: 1,
  importReports: 100,
  importChars: 20_000,
  importRuns: 1,
  appImportReports: 50,
  appImportChars: 20_000,
  appImportRuns: 1,
  libraryReports: 500,
  libraryHighlights: 5000,
  libraryChars: 2000,
  libraryRuns: 2,
  memoryReports: 100,
  memoryChars: 20_000,
  memoryRuns: 1,
};

/** Each size's option, as typed on the command line. */
const FLAGS: Readonly<Record<keyof Sizes, string>> = {
  openRuns: 'open-runs',
  adds: 'adds',
  searchReports: 'search-reports',
  searchChars: 'search-chars',
  searchRounds: 'search-rounds',
  exportExcerpts: 'export-excerpts',
  exportReports: 'export-reports',
  exportRuns: 'export-runs',
  importReports: 'import-reports',
  importChars: 'import-chars',
  importRuns: 'import-runs',
  appImportReports: 'app-import-reports',
  appImportChars: 'app-import-chars',
  appImportRuns: 'app-import-runs',
  libraryReports: 'library-reports',
  libraryHighlights: 'library-highlights',
  libraryChars: 'library-chars',
  libraryRuns: 'library-runs',
  memoryReports: 'memory-reports',
  memoryChars: 'memory-chars',
  memoryRuns: 'memory-runs',
};

/** The usage line of every option, for --help. */
export function usage(): string {
  const sizes = (Object.keys(FLAGS) as (keyof Sizes)[]).map((key) => `  --${FLAGS[key]} N`.padEnd(28) + `default ${FULL[key]}, --quick ${QUICK[key]}`);
  return [
    'npm run bench [-- options]',
    '  --quick                   small sizes and few runs (a smoke test; a missed goal does not fail it)',
    `  --only a,b                some of ${SCENARIOS.join(', ')} (default all)`,
    '  --no-app-build            time out/renderer as it is (no electron-vite build first)',
    '  --timeout S               stop a runner after S seconds and count it as crashed (default 1800, --quick 300)',
    ...sizes,
  ].join('\n');
}

/** The options of `argv` (process.argv without node and the script); a RangeError for a bad one. */
export function parseOptions(argv: readonly string[]): HarnessOptions {
  const known = new Set(['--quick', '--only', '--no-app-build', '--timeout', ...Object.values(FLAGS).map((f) => `--${f}`)]);
  for (const [index, arg] of argv.entries()) {
    const previous = argv[index - 1];
    const isValue = previous !== undefined && known.has(previous) && previous !== '--quick' && previous !== '--no-app-build';
    if (!isValue && !known.has(arg)) throw new RangeError(`unknown option ${arg}\n${usage()}`);
  }
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(`--${flag}`);
    if (at < 0) return undefined;
    const given = argv[at + 1];
    if (given === undefined) throw new RangeError(`--${flag} takes a value`);
    return given;
  };
  const whole = (flag: string, fallback: number): number => {
    const given = value(flag);
    const n = given === undefined ? fallback : Number(given);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${flag} takes a whole number of at least 1`);
    return n;
  };

  const quick = argv.includes('--quick');
  const base = quick ? QUICK : FULL;
  const sizes = Object.fromEntries((Object.keys(FLAGS) as (keyof Sizes)[]).map((key) => [key, whole(FLAGS[key], base[key])])) as unknown as Sizes;
  const only = value('only');
  const scenarios = only === undefined ? [...SCENARIOS] : only.split(',').filter((s) => s !== '');
  const unknown = scenarios.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (scenarios.length === 0 || unknown.length > 0) throw new RangeError(`--only takes some of ${SCENARIOS.join(', ')}, separated by commas`);
  return {
    ...sizes,
    quick,
    scenarios: SCENARIOS.filter((s) => scenarios.includes(s)),
    buildApp: !argv.includes('--no-app-build'),
    timeoutS: whole('timeout', quick ? 300 : 1800),
  };
}
