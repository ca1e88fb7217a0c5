/**
 * The rows of `npm run bench`'s table, composed from what the runners wrote:
 * for each of the issue's goals, our figure, the baseline's (where there is
 * one), their ratio, the goal and whether it is met. The rows of a runner
 * that crashed or was not run say so, never with a figure.
 */

/** What a row's figure is, and how it stands. */
export type RowStatus = 'measured' | 'not measured yet' | 'crashed' | 'not run';

/**
 * A goal as the issue words it, and for a measured row the test: our figure
 * (`of: 'ours'`) or the ratio ours ÷ baseline (`of: 'ratio'`) at most or at
 * least `value`.
 */
export interface Goal {
  text: string;
  of?: 'ours' | 'ratio';
  op?: '≤' | '≥';
  value?: number;
}

/** One row of the table (and of latest.json's `rows`). */
export interface Row {
  id: string;
  scenario: string;
  status: RowStatus;
  /** The unit of `ours` and `baseline`: ms, reports/s or MB. */
  unit: string;
  /** Which statistic `ours` and `baseline` are: median (over the runs) or p95. */
  statistic: 'median' | 'p95' | null;
  ours: number | null;
  baseline: number | null;
  baselineName: string | null;
  /** ours ÷ baseline. */
  ratio: number | null;
  goal: Goal | null;
  met: boolean | null;
  /** How many timed runs (or searches) `ours` is taken over. */
  samples: number | null;
  note?: string;
}

/** The fields of bench/results/open-report.json the rows read. */
export interface OpenReportFile {
  chromium: { version: string };
  report: { characters: number; highlights: number };
  page: Record<string, { total: { median: number; runs: number } }>;
  /** The @recogito/text-annotator the page's `recogito` variant ran (absent from files written before it). */
  textAnnotator?: { version: string; renderer: string };
  app: { openReport: { median: number; runs: number }; addHighlight: { median: number; runs: number } } | null;
}

/** The fields of bench/results/search.json the rows read. */
export interface SearchFile {
  chromium: { version: string };
  library: { reports: number; characters: number };
  rounds: number;
  overall: Record<'first' | 'complete' | 'engine' | 'scan', { p50: number; p95: number; samples: number }>;
  problems: string[];
}

/** The fields of bench/results/export.json the rows read. */
export interface ExportFile {
  input: { excerpts: number };
  writers: { writer: string; time: { median: number; runs: number }; heapPeakMB: number }[];
}

/** What `bench/import-throughput.ts --json` prints. */
export interface ImportFile {
  reports: number;
  megabytes: number;
  medianMs: number;
  reportsPerSecond: number;
  megabytesPerSecond: number;
  runs: number;
}

/** The fields of bench/results/app-import.json the rows read. */
export interface AppImportFile {
  chromium: { version: string };
  corpus: { reports: number; characters: number };
  app: { median: number; runs: number; reportsPerSecond: number };
  bulkAdd: { median: number; runs: number; reportsPerSecond: number };
}

/** The fields of bench/results/library.json the rows read. */
export interface LibraryFile {
  chromium: { version: string };
  library: { reports: number; highlights: number; charsEach: number };
  figures: Record<'openApp' | 'open' | 'filter' | 'allYears' | 'matrixComputed' | 'matrixDrawn' | 'matrixAgainComputed', { median: number; runs: number }>;
  problems: string[];
}

/** The fields of bench/results/memory.json the rows read. */
export interface MemoryFile {
  chromium: { version: string };
  library: { reports: number; characters: number };
  heap: Record<'library' | 'sample', { usedMB: number; runs: number }>;
}

/** Each runner's results, or why there are none. */
export interface Results {
  open: OpenReportFile | RunnerFailure;
  search: SearchFile | RunnerFailure;
  export: ExportFile | RunnerFailure;
  import: ImportFile | RunnerFailure;
  'app-import': AppImportFile | RunnerFailure;
  library: LibraryFile | RunnerFailure;
  memory: MemoryFile | RunnerFailure;
}

/** A runner that was not run, or crashed (or left no readable results). */
export interface RunnerFailure {
  failure: 'not run' | 'crashed';
  reason: string;
}

const isFailure = (r: object): r is RunnerFailure => 'failure' in r;
const thousands = (n: number) => n.toLocaleString('en-US');
const round = (n: number, places: number) => Number(n.toFixed(places));

/** A row with a figure, its ratio and whether it meets its goal. */
function measured(row: Omit<Row, 'status' | 'ratio' | 'met'>): Row {
  const ratio = row.ours !== null && row.baseline !== null && row.baseline > 0 ? round(row.ours / row.baseline, 2) : null;
  const goal = row.goal;
  const figure = goal?.of === 'ratio' ? ratio : row.ours;
  const met = goal?.value !== undefined && figure !== null ? (goal.op === '≥' ? figure >= goal.value : figure <= goal.value) : null;
  return { ...row, status: 'measured', ratio, met };
}

/** Rows for a goal no runner measures, or whose runner failed. */
function unmeasured(id: string, scenario: string, status: RowStatus, goal: string, note?: string): Row {
  return {
    id,
    scenario,
    status,
    unit: '',
    statistic: null,
    ours: null,
    baseline: null,
    baselineName: null,
    ratio: null,
    goal: goal === '' ? null : { text: goal },
    met: null,
    samples: null,
    ...(note ? { note } : {}),
  };
}

/** The rows of one runner: its measured rows, or the same rows marked crashed or not run. */
function rowsOf<T extends object>(result: T | RunnerFailure, planned: readonly { id: string; scenario: string; goal: string }[], make: (r: T) => Row[]): Row[] {
  if (isFailure(result)) return planned.map((p) => unmeasured(p.id, p.scenario, result.failure, p.goal, result.reason));
  return make(result);
}

/** Every row, in the order of the issue's table. */
export function composeRows(results: Results): Row[] {
  const rows: Row[] = [];

  const openPlanned = [
    { id: 'open-report.plain', scenario: 'open a report (app, click → frame) vs plain layout', goal: '≤ 1.3 × plain' },
    { id: 'open-report.decorations', scenario: 'open a report (app) vs ProseMirror inline decorations', goal: '≤ 0.6 × decorations' },
    { id: 'open-report.recogito', scenario: 'open a report (app) vs @recogito/text-annotator', goal: '≤ 0.6 × recogito' },
    { id: 'add-highlight', scenario: 'add one highlight (app, key → painted)', goal: '≤ 16 ms' },
  ];
  rows.push(
    ...rowsOf(results.open, openPlanned, (r) => {
        const what = `${thousands(r.report.characters)}-char report, ${thousands(r.report.highlights)} highlights`;
        const plain = r.page.plain?.total;
        const decorations = r.page['pm-decorations']?.total;
        const recogito = r.page.recogito?.total;
        const recogitoName = `@recogito/text-annotator${r.textAnnotator ? ` ${r.textAnnotator.version}, ${r.textAnnotator.renderer} renderer` : ''} (bench page)`;
        if (!r.app) return openPlanned.map((p) => unmeasured(p.id, p.scenario, 'not run', p.goal, 'bench:open ran without the app'));
        const app = r.app;
        /** The app's open-report against one of the bench page's variants, at most `value` × it. */
        const against = (id: string, versus: string, baseline: { median: number } | undefined, baselineName: string, value: number, name: string) =>
          baseline
            ? measured({
                id,
                scenario: `open ${what} (app, click → frame) vs ${versus}`,
                unit: 'ms',
                statistic: 'median',
                ours: app.openReport.median,
                baseline: baseline.median,
                baselineName,
                goal: { of: 'ratio', op: '≤', value, text: `≤ ${value} × ${name}` },
                samples: app.openReport.runs,
              })
            : unmeasured(id, `open ${what} (app) vs ${versus}`, 'not run', `≤ ${value} × ${name}`, `this open-report.json has no ${versus} variant`);
        return [
          against('open-report.plain', 'plain layout', plain, 'plain DOM, no highlights (bench page)', 1.3, 'plain'),
          against('open-report.decorations', 'ProseMirror inline decorations', decorations, 'ProseMirror + inline decorations (bench page)', 0.6, 'decorations'),
          against('open-report.recogito', '@recogito/text-annotator', recogito, recogitoName, 0.6, 'recogito'),
          measured({
            id: 'add-highlight',
            scenario: 'add one highlight (app, key → painted)',
            unit: 'ms',
            statistic: 'median',
            ours: r.app.addHighlight.median,
            baseline: null,
            baselineName: null,
            goal: { of: 'ours', op: '≤', value: 16, text: '≤ 16 ms' },
            samples: r.app.addHighlight.runs,
          }),
        ];
      }),
  );

  rows.push(
    ...rowsOf(results.import, [{ id: 'import.core', scenario: 'import generated reports: core parse (Node)', goal: '≥ 200 reports/s' }], (r) => [
      measured({
        id: 'import.core',
        scenario: `import ${thousands(r.reports)} generated reports: core parse only (Node, no app)`,
        unit: 'reports/s',
        statistic: 'median',
        ours: r.reportsPerSecond,
        baseline: null,
        baselineName: null,
        goal: { of: 'ours', op: '≥', value: 200, text: '≥ 200 reports/s' },
        samples: r.runs,
      }),
    ]),
  );
  const appImportPlanned = [
    { id: 'import.app', scenario: 'import generated reports (app, files chosen → result line)', goal: '≥ 200 reports/s' },
    { id: 'import.app.bulkadd', scenario: 'import generated reports (app) vs Dexie bulkAdd of the parsed records', goal: '≤ 2 × bulkAdd' },
  ];
  rows.push(
    ...rowsOf(results['app-import'], appImportPlanned, (r) => {
      const what = `import ${thousands(r.corpus.reports)} generated reports, ${(r.corpus.characters / 1e6).toFixed(1)} M chars`;
      return [
        measured({
          id: 'import.app',
          scenario: `${what} (app, files chosen → result line)`,
          unit: 'reports/s',
          statistic: 'median',
          ours: r.app.reportsPerSecond,
          baseline: null,
          baselineName: null,
          goal: { of: 'ours', op: '≥', value: 200, text: '≥ 200 reports/s' },
          samples: r.app.runs,
        }),
        measured({
          id: 'import.app.bulkadd',
          scenario: `${what} (app) vs Dexie bulkAdd of the parsed records`,
          unit: 'ms',
          statistic: 'median',
          ours: r.app.median,
          baseline: r.bulkAdd.median,
          baselineName: 'Dexie bulkAdd of the same parsed records, same page (reports, texts)',
          goal: { of: 'ratio', op: '≤', value: 2, text: '≤ 2 × bulkAdd' },
          samples: r.app.runs,
        }),
      ];
    }),
  );

  rows.push(
    ...rowsOf(
      results.search,
      [
        { id: 'search.p95', scenario: 'search a 2–4 char term (app, Enter → complete), p95', goal: '≤ 30 ms' },
        { id: 'search.scan', scenario: 'search (app\'s searchLibrary) vs indexOf scan, medians', goal: '≤ 0.1 × scan' },
      ],
      (r) => {
        const what = `${thousands(r.library.reports)} reports × 20 terms`;
        const note = r.problems.length > 0 ? `${r.problems.length} count mismatches (see raw.search.problems)` : undefined;
        return [
          measured({
            id: 'search.p95',
            scenario: `search a 2–4 char term, ${what} (app, Enter → complete), p95`,
            unit: 'ms',
            statistic: 'p95',
            ours: r.overall.complete.p95,
            baseline: r.overall.scan.p95,
            baselineName: 'String.indexOf over the texts in memory',
            goal: { of: 'ours', op: '≤', value: 30, text: '≤ 30 ms (p95)' },
            samples: r.overall.complete.samples,
            ...(note ? { note } : {}),
          }),
          measured({
            id: 'search.scan',
            scenario: `search, ${what} (app's searchLibrary, texts kept) vs indexOf scan`,
            unit: 'ms',
            statistic: 'median',
            ours: r.overall.engine.p50,
            baseline: r.overall.scan.p50,
            baselineName: 'String.indexOf over the texts in memory',
            goal: { of: 'ratio', op: '≤', value: 0.1, text: '≤ 0.1 × scan (≥ 10 × faster)' },
            samples: r.overall.engine.samples,
            ...(note ? { note } : {}),
          }),
        ];
      },
    ),
  );

  const formats = [
    ['xlsx', 'XLSX'],
    ['docx', 'DOCX'],
  ] as const;
  rows.push(
    ...rowsOf(
      results.export,
      formats.flatMap(([writer, name]) => [
        { id: `export.${writer}.time`, scenario: `export excerpts to ${name} (core, Node): time`, goal: '≤ 3 s' },
        { id: `export.${writer}.heap`, scenario: `export excerpts to ${name} (core, Node): peak heap`, goal: '≤ 500 MB' },
      ]),
      (r) =>
        formats.flatMap(([writer, name]) => {
          const w = r.writers.find((x) => x.writer === writer);
          const what = `export ${thousands(r.input.excerpts)} excerpts to ${name} (core, Node)`;
          if (!w) return [unmeasured(`export.${writer}.time`, `${what}: time`, 'not run', '≤ 3 s'), unmeasured(`export.${writer}.heap`, `${what}: peak heap`, 'not run', '≤ 500 MB')];
          return [
            measured({
              id: `export.${writer}.time`,
              scenario: `${what}: time`,
              unit: 'ms',
              statistic: 'median',
              ours: w.time.median,
              baseline: null,
              baselineName: null,
              goal: { of: 'ours', op: '≤', value: 3000, text: '≤ 3 s' },
              samples: w.time.runs,
            }),
            measured({
              id: `export.${writer}.heap`,
              scenario: `${what}: peak heap`,
              unit: 'MB',
              statistic: 'median',
              ours: w.heapPeakMB,
              baseline: null,
              baselineName: null,
              goal: { of: 'ours', op: '≤', value: 500, text: '≤ 500 MB' },
              samples: w.time.runs,
            }),
          ];
        }),
    ),
  );

  const libraryPlanned = [
    { id: 'library.open', scenario: 'large library: open the app (app start → list shown)', goal: '≤ 100 ms' },
    { id: 'library.filter', scenario: 'large library: filter by year (change → list)', goal: '≤ 100 ms' },
    { id: 'library.matrix', scenario: 'large library: compute the theme matrix (click 分析 → matrix shown)', goal: '≤ 100 ms' },
  ];
  rows.push(
    ...rowsOf(results.library, libraryPlanned, (r) => {
      const what = `${thousands(r.library.reports)} reports / ${thousands(r.library.highlights)} highlights`;
      const problems = r.problems.length > 0 ? `; ${r.problems.length} problems (see raw.library.problems)` : '';
      const row = (id: string, scenario: string, figure: { median: number; runs: number }, note?: string) =>
        measured({
          id,
          scenario,
          unit: 'ms',
          statistic: 'median',
          ours: figure.median,
          baseline: null,
          baselineName: null,
          goal: { of: 'ours', op: '≤', value: 100, text: '≤ 100 ms' },
          samples: figure.runs,
          ...(note || problems ? { note: `${note ?? ''}${problems}`.replace(/^; /, '') } : {}),
        });
      return [
        row(
          'library.open',
          `${what}: open the app (app, its start → list shown)`,
          r.figures.openApp,
          `from the app's own start (its code loaded and evaluated); from the reload, navigation and loading included: ${r.figures.open.median} ms`,
        ),
        row('library.filter', `${what}: filter by year (app, change → list)`, r.figures.filter, `back to every year: ${r.figures.allYears.median} ms`),
        row(
          'library.matrix',
          `${what}: compute the theme matrix (app, click 分析 → matrix shown)`,
          r.figures.matrixComputed,
          `first 分析 in the page; the chart drawn: ${r.figures.matrixDrawn.median} ms; again: ${r.figures.matrixAgainComputed.median} ms`,
        ),
      ];
    }),
    ...rowsOf(results.memory, [{ id: 'memory', scenario: 'memory: renderer JS heap, library open (app)', goal: '≤ 300 MB' }], (r) => [
      measured({
        id: 'memory',
        scenario: `memory: renderer JS heap, ${thousands(r.library.reports)}-report library and a report open (app, after GC)`,
        unit: 'MB',
        statistic: 'median',
        ours: r.heap.library.usedMB,
        baseline: r.heap.sample.usedMB,
        baselineName: 'the same app with only its sample report',
        goal: { of: 'ours', op: '≤', value: 300, text: '≤ 300 MB' },
        samples: r.heap.library.runs,
      }),
    ]),
  );
  return rows;
}

/** A figure with its unit, to one decimal under 100. */
function figure(n: number | null, unit: string): string {
  if (n === null) return '–';
  const shown = Math.abs(n) < 100 ? String(round(n, 1)) : thousands(Math.round(n));
  return unit === 'reports/s' ? `${shown} /s` : `${shown} ${unit}`;
}

/** The table `npm run bench` prints. */
export function rowsTable(rows: readonly Row[]): string {
  const met = (row: Row) => {
    if (row.status !== 'measured') return row.status;
    if (row.met === null) return '–';
    return row.met ? 'yes' : 'NO';
  };
  const header = ['scenario', 'ours', 'baseline', 'ratio', 'goal', 'met'];
  const cells = rows.map((row) => [
    row.scenario,
    figure(row.ours, row.unit),
    figure(row.baseline, row.unit),
    row.ratio === null ? '–' : `${row.ratio >= 10 ? thousands(Math.round(row.ratio)) : row.ratio} ×`,
    row.goal?.text ?? '–',
    met(row),
  ]);
  // The figures to the right, the words to the left.
  const right = [false, true, true, true, false, false];
  const widths = header.map((_, column) => Math.max(...[header, ...cells].map((line) => line[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
