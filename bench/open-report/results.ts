/**
 * The benchmark's results: the page variants' timings summed up (median, range,
 * ratio to plain, median of each phase), the app's figures, and both as the
 * plain-text tables the runner prints.
 */
import type { AppTraces, TracedStep } from './app-trace';
import { VARIANT_LABELS, VARIANTS, type DrawTiming, type Variant } from './bench-data';
import { summarize, table, type Summary } from './statistics';

/** One variant of the bench page, summed up. */
export interface VariantResult {
  variant: Variant;
  label: string;
  total: Summary;
  /** Median total over the plain variant's median total. */
  ratio: number;
  /** Median of each phase: building the DOM, the forced layout, the next frame's animation callbacks, the rest of that frame. */
  phases: { build: number; layout: number; callbacks: number; frame: number };
  highlights: number;
  width: number;
  height: number;
  runs: DrawTiming[];
}

/** The app's figures. */
export interface AppResult {
  /** Width of the app's report text, which the bench page's column copied. */
  width: number;
  openReport: Summary & { ratio: number; times: number[] };
  addHighlight: Summary & { times: number[] };
  traces: AppTraces | null;
}

const ratio = (n: number, base: number) => Number((n / base).toFixed(2));

/** The summary of each variant's timings, in the order of VARIANTS. */
export function variantResults(timings: Readonly<Record<Variant, DrawTiming[]>>): VariantResult[] {
  const plain = summarize(timings.plain.map((t) => t.total)).median;
  return VARIANTS.map((variant) => {
    const list = timings[variant];
    const total = summarize(list.map((t) => t.total));
    const phase = (pick: (t: DrawTiming) => number) => summarize(list.map(pick)).median;
    return {
      variant,
      label: VARIANT_LABELS[variant],
      total,
      ratio: ratio(total.median, plain),
      phases: {
        build: phase((t) => t.built),
        layout: phase((t) => t.laidOut - t.built),
        callbacks: phase((t) => t.callbacksDone - t.frameStart),
        frame: phase((t) => t.total - t.callbacksDone),
      },
      highlights: list[0]?.highlights ?? 0,
      width: list[0]?.width ?? 0,
      height: list[0]?.height ?? 0,
      runs: list,
    };
  });
}

/** The app's figures from its timings, with open-report against `plain` (ms). */
export function appResult(width: number, openTimes: number[], addTimes: number[], plain: number, traces: AppTraces | null): AppResult {
  const open = summarize(openTimes);
  return { width, openReport: { ...open, ratio: ratio(open.median, plain), times: openTimes }, addHighlight: { ...summarize(addTimes), times: addTimes }, traces };
}

/** The bench page's table. */
export function variantTable(results: readonly VariantResult[]): string {
  return table(
    ['variant', 'median', 'min', 'max', '× plain', 'build', 'layout', 'rAF cbs', 'frame', 'drawn'],
    results.map((r) => [r.label, r.total.median, r.total.min, r.total.max, r.ratio, r.phases.build, r.phases.layout, r.phases.callbacks, r.phases.frame, r.highlights]),
  );
}

/** The app's table. */
export function appTable(app: AppResult): string {
  const { openReport: open, addHighlight: add } = app;
  return table(
    ['scenario', 'median', 'min', 'max', 'runs', '× plain'],
    [
      ['open-report: click → frame after 1,000 highlights drawn', open.median, open.min, open.max, open.runs, open.ratio],
      ['add-highlight: key 1 → frame after it is drawn', add.median, add.min, add.max, add.runs, '–'],
    ],
  );
}

/** The traced steps' breakdowns, each under its name: time by kind of work, the marks met, then the long tasks. */
export function traceTables(steps: readonly (readonly [string, TracedStep])[]): string {
  return steps
    .map(([name, breakdown]) => {
      const kinds = Object.entries(breakdown.kinds)
        .map(([kind, ms]) => `${kind} ${ms}`)
        .join(', ');
      const marks = Object.entries(breakdown.marks)
        .map(([mark, at]) => `${mark} at ${at} ms`)
        .join(', ');
      const tasks = table(
        ['at', 'ms', 'task', 'script', 'style', 'layout', 'paint', 'gc'],
        breakdown.tasks.map((t) => [t.at, t.ms, t.what, t.kinds.script ?? 0, t.kinds.style ?? 0, t.kinds.layout ?? 0, t.kinds.paint ?? 0, t.kinds.gc ?? 0]),
      );
      return `${name}, traced (${breakdown.span} ms with tracing on; trace in ${breakdown.file}${marks ? `; ${marks}` : ''}). Main thread ms by kind: ${kinds}\n${tasks}`;
    })
    .join('\n\n');
}
