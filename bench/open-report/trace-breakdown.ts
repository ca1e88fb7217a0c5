/**
 * Where the time of a timed step went, read from a Chromium trace: the
 * renderer main thread between the page's `bench-start` and `bench-end`
 * marks, its time split into script, style, layout, paint, garbage
 * collection and other (each trace event's own time, given to the nearest
 * enclosing event of a known kind), the long tasks in order with what each
 * was, and the page's other marks in between.
 */

/** One event of a Chromium trace (JSON trace format), as far as the breakdown reads it. */
interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { functionName?: string; type?: string; url?: string } };
}

/** The kinds of main-thread work the breakdown distinguishes. */
export type WorkKind = 'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other';

/** A long task of the step: when it began (ms after the start mark), how long it took, what it was, how its time split. */
export interface LongTask {
  at: number;
  ms: number;
  what: string;
  kinds: Partial<Record<WorkKind, number>>;
}

export interface TraceBreakdown {
  /** Milliseconds from the start mark to the end mark. */
  span: number;
  /** The page's other marks between the two (`performance.mark`), in ms after the start mark. */
  marks: Record<string, number>;
  /** Main-thread milliseconds of each kind within the span. */
  kinds: Record<WorkKind, number>;
  /** Tasks of at least `longTask` ms, in order. */
  tasks: LongTask[];
}

const KIND_OF: Readonly<Record<string, WorkKind>> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  'v8.compile': 'script',
  'v8.run': 'script',
};

/** What a task was, from the first event inside it that says (script names are as the build left them: minified in the app). */
function describe(events: readonly TraceEvent[]): string {
  for (const event of events) {
    if (event.name === 'FireAnimationFrame') return 'animation frame callbacks, then the frame';
    if (event.name === 'EventDispatch') return `${event.args?.data?.type ?? ''} event`;
    if (event.name === 'MessagePort::Accept') return 'React scheduler task';
    if (event.name === 'TimerFire') return 'timer';
    if (event.name === 'RunMicrotasks') return 'microtasks (promises, IndexedDB)';
    if (event.name === 'FunctionCall') return `script ${event.args?.data?.functionName || ''}`.trim();
    if (event.name === 'WebFrameWidgetImpl::UpdateLifecycle') return 'frame (style, layout, paint)';
  }
  return 'browser task (input, hit testing or rendering, no script)';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The breakdown of `traceJson` (the text of a trace); throws a RangeError when the marks are missing. */
export function traceBreakdown(traceJson: string, longTask = 20): TraceBreakdown {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const start = events.find((e) => e.name === 'bench-start' && (e.cat ?? '').includes('user_timing'));
  const end = events.find((e) => e.name === 'bench-end' && (e.cat ?? '').includes('user_timing'));
  if (!start || !end) throw new RangeError('traceBreakdown: the trace has no bench-start and bench-end marks (was blink.user_timing recorded?)');
  const main = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined && e.ts < end.ts && e.ts + (e.dur ?? 0) > start.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const kinds: Record<WorkKind, number> = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const tasks: LongTask[] = [];
  // Walk the nesting with a stack; each event's own time (its span minus its children's) goes to the nearest known kind.
  const stack: { event: TraceEvent; kind: WorkKind | null; children: number; task: LongTask | null; inside: TraceEvent[] }[] = [];
  const close = () => {
    const frame = stack.pop()!;
    const own = Math.max(0, (frame.event.dur ?? 0) - frame.children) / 1000;
    const kind = frame.kind ?? 'other';
    kinds[kind] += own;
    const task = stack.find((f) => f.task)?.task ?? frame.task;
    if (task) task.kinds[kind] = (task.kinds[kind] ?? 0) + own;
    if (frame.task) {
      frame.task.what = describe(frame.inside);
      for (const key of Object.keys(frame.task.kinds) as WorkKind[]) frame.task.kinds[key] = round(frame.task.kinds[key] ?? 0);
    }
  };
  for (const event of main) {
    while (stack.length > 0 && stack[stack.length - 1]!.event.ts + (stack[stack.length - 1]!.event.dur ?? 0) <= event.ts) close();
    const parent = stack[stack.length - 1];
    if (parent) parent.children += event.dur ?? 0;
    for (const frame of stack) frame.inside.push(event);
    const long = stack.length === 0 && (event.dur ?? 0) >= longTask * 1000;
    const task = long ? { at: round((event.ts - start.ts) / 1000), ms: round((event.dur ?? 0) / 1000), what: '', kinds: {} } : null;
    if (task) tasks.push(task);
    stack.push({ event, kind: KIND_OF[event.name] ?? parent?.kind ?? null, children: 0, task, inside: [] });
  }
  while (stack.length > 0) close();
  for (const key of Object.keys(kinds) as WorkKind[]) kinds[key] = round(kinds[key]);
  const marks: Record<string, number> = {};
  for (const event of events)
    if (event !== start && event !== end && (event.cat ?? '').includes('user_timing') && event.ph === 'I' && event.pid === start.pid && event.ts >= start.ts && event.ts <= end.ts)
      marks[event.name] = round((event.ts - start.ts) / 1000);
  return { span: round((end.ts - start.ts) / 1000), marks, kinds, tasks };
}
