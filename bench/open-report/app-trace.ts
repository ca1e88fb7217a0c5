/**
 * Timed steps of the app, traced (`--trace`): the Chromium trace of a step
 * is written beside the results (open it in DevTools' Performance panel) and
 * broken down by kind of work and by long task (see trace-breakdown.ts).
 * Tracing slows the page, so these figures explain the timed runs; they do
 * not replace them. bench:open traces one open-report and one add-highlight;
 * bench:library traces its steps with `traceStep`.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { addHighlight, freshApp, openReport, settle, type AroundStep, type Passage } from './app-bench';
import { traceBreakdown, type TraceBreakdown } from './trace-breakdown';

// IndexedDB: the browser's side of each request too (Database::GetAllOperation and such), for the library's reads.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute', 'IndexedDB'];

/** A traced step's breakdown, and the file its trace went to. */
export type TracedStep = TraceBreakdown & { file: string };

/** The traced steps' breakdowns. */
export interface AppTraces {
  openReport: TracedStep;
  addHighlight: TracedStep;
}

/** Runs `step` with `page` traced, writes the trace to `file`, and gives the step's result and the trace's breakdown. */
export async function traceStep<T>(browser: Browser, page: Page, file: string, step: () => Promise<T>): Promise<{ result: T; breakdown: TracedStep }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: string;
  try {
    result = await step();
  } finally {
    trace = (await browser.stopTracing()).toString('utf8');
    writeFileSync(file, trace);
  }
  return { result, breakdown: { ...traceBreakdown(trace), file } };
}

/** Traces the step `around` wraps, and keeps its breakdown in `into`. */
function traced(browser: Browser, page: Page, file: string, into: (breakdown: TracedStep) => void): AroundStep {
  return async (step) => {
    const { result, breakdown } = await traceStep(browser, page, file, step);
    into(breakdown);
    return result;
  };
}

/** Traces one open-report and then one add-highlight on `passage`, writing the traces as `<prefix>-open.json` and `<prefix>-add.json`. */
export async function traceApp(
  browser: Browser,
  context: BrowserContext,
  origin: string,
  title: string,
  highlights: number,
  passage: Passage,
  prefix: string,
): Promise<AppTraces> {
  const page = await freshApp(context, origin);
  const result: Partial<AppTraces> = {};
  try {
    await openReport(page, title, highlights, traced(browser, page, `${prefix}-open.json`, (b) => (result.openReport = b)));
    await settle(page, 1000);
    await addHighlight(page, passage, highlights + 1, traced(browser, page, `${prefix}-add.json`, (b) => (result.addHighlight = b)));
  } finally {
    await page.close();
  }
  if (!result.openReport || !result.addHighlight) throw new Error('traceApp: a step was not traced');
  return result as AppTraces;
}
