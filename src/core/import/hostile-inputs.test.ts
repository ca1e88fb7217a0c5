/**
 * The hostile corpus (src/core/fixtures/hostile) through the importer's
 * entry point, each file in a worker thread with a time box, as the app's
 * import worker runs it: a parse that does not answer in time is given up
 * and its worker ended, and the next file gets a fresh one. Each case must
 * be refused with its ImportError code, or imported with its report's words
 * kept and no script, markup or control character left in anything the
 * reader shows; none may crash the worker. After the whole corpus, a normal
 * report still imports.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS, type HostileCase } from '../fixtures/hostile/hostile-inputs';
import { hostileReportText, keptPhrases } from '../fixtures/hostile/hostile-report';
import { checkReport } from '../report/check-report';
import type { ParseResult } from '../report/report';
import type { ReadOptions } from './source-document';

/** pdfjs-dist's folders, as a Node host passes them. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const READ_OPTIONS: ReadOptions = {
  pdfCMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  pdfStandardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
};

/** Longest a case expected to finish may take: the 5-MB page takes about 3 s on one core. */
const TIME_BOX_MS = 20_000;
/** The box for a case expected to run past any box: long enough to prove it, short enough to keep the suite quick. */
const HANG_BOX_MS = 3_000;

/** What the worker answers: the parse result, or what was thrown. */
type Answer =
  | { ok: true; result: ParseResult }
  | { ok: false; error: { name: string; code: unknown; message: string; importError: boolean } }
  | { ok: false; timedOut: true };

/**
 * The worker: tsx's loader, registered in the worker (Node 20 ignores an
 * `--import tsx` in a worker's execArgv), loads the TypeScript; each message
 * names a case (or gives bytes), the worker builds the bytes itself and
 * answers with the parse. `instanceof ImportError` is checked there, against
 * the worker's own class.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = import('tsx/esm/api')
  .then(({ register }) => register())
  .then(() => Promise.all([import(workerData.parser), import(workerData.errors), import(workerData.corpus)]));
parentPort.on('message', async ({ id, name, bytes }) => {
  const [{ parseReportFile }, { ImportError }, { HOSTILE_INPUTS }] = await loaded;
  const found = HOSTILE_INPUTS.find((c) => c.id === id);
  try {
    const result = await parseReportFile(found ? found.bytes() : bytes, found ? found.fileName : name, workerData.options);
    parentPort.postMessage({ ok: true, result });
  } catch (error) {
    const e = error ?? {};
    parentPort.postMessage({ ok: false, error: { name: String(e.name), code: e.code, message: String(e.message ?? e), importError: error instanceof ImportError } });
  }
});
`;

let worker: Worker | null = null;

function startWorker(): Worker {
  const here = (file: string) => new URL(file, import.meta.url).href;
  return new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { parser: here('./parse-report-file.ts'), errors: here('./import-error.ts'), corpus: here('../fixtures/hostile/hostile-inputs.ts'), options: READ_OPTIONS },
  });
}

/** Parses one file in the worker; a parse that runs past `timeoutMs` has its worker ended, and the next parse starts another. */
function parseInWorker(message: { id: string } | { name: string; bytes: Uint8Array }, timeoutMs: number): Promise<Answer> {
  const current = (worker ??= startWorker());
  return new Promise<Answer>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
    };
    const onMessage = (answer: Answer) => {
      done();
      resolve(answer);
    };
    const onError = (error: Error) => {
      done();
      worker = null;
      reject(new Error(`the worker crashed: ${error.message}`));
    };
    const timer = setTimeout(() => {
      done();
      worker = null;
      void current.terminate();
      resolve({ ok: false, timedOut: true });
    }, timeoutMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.postMessage(message);
  });
}

afterAll(async () => {
  await worker?.terminate();
});

/** Every string of a parse the reader shows or the library keeps: titles, text, metadata, hidden lines. */
function shownStrings(result: ParseResult): string[] {
  const strings = result.reports.flatMap((r) => [
    r.title, r.text, r.place, r.region, r.published, r.speaker, r.source, r.author, r.summary, ...r.hidden.map((h) => h.text),
  ]);
  if (result.compilation) strings.push(result.compilation.title, ...result.compilation.listed);
  return [...strings, ...result.hidden.map((h) => h.text)].filter((s): s is string => s !== null);
}

/** Controls no report may keep (tab and line feed aside), and lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** What a case is expected to give, for its test's name. */
function expectation(c: HostileCase): string {
  if (c.expect.kind === 'refused') return `refused as ${c.expect.code}`;
  return c.expect.kind === 'imported' ? 'imported clean' : 'time-boxed';
}

describe('the hostile corpus, each file parsed in a time-boxed worker', () => {
  for (const c of HOSTILE_INPUTS) {
    it(`${c.category} › ${c.id} ${JSON.stringify(c.fileName)}: ${expectation(c)}`, { timeout: TIME_BOX_MS + 10_000 }, async () => {
      const answer = await parseInWorker({ id: c.id }, c.expect.kind === 'time-boxed' ? HANG_BOX_MS : TIME_BOX_MS);
      if (c.expect.kind === 'time-boxed') {
        expect(answer, 'expected to run past the time box').toEqual({ ok: false, timedOut: true });
        return;
      }
      if ('timedOut' in answer) throw new Error(`no answer within ${TIME_BOX_MS / 1000} s`);
      if (c.expect.kind === 'refused') {
        expect(answer.ok ? `imported: ${answer.result.reports.map((r) => r.title).join(', ')}` : answer.error).toMatchObject({
          importError: true,
          code: c.expect.code,
          message: expect.stringMatching(/^Cannot import ".*": \S/su),
        });
        return;
      }
      if (!answer.ok) throw new Error(`refused: ${String(answer.error.code)}: ${answer.error.message}`);
      const { result } = answer;
      expect(result.reports.length).toBeGreaterThan(0);
      for (const report of result.reports) checkReport(report);
      const shown = shownStrings(result);
      const all = shown.join('\n');
      for (const kept of c.expect.keeps) expect(all, 'the report’s words').toContain(kept);
      for (const lacking of c.expect.lacks) expect(all.includes(lacking), `residue ${JSON.stringify(lacking)}`).toBe(false);
      for (const text of shown) {
        expect(text).not.toMatch(CONTROL);
        expect(text).not.toMatch(LONE_SURROGATE);
      }
    });
  }

  it('still imports a normal report after the whole corpus', { timeout: TIME_BOX_MS + 10_000 }, async () => {
    const bytes = new TextEncoder().encode(hostileReportText('秋实镇'));
    const answer = await parseInWorker({ name: '秋实镇报告.txt', bytes }, TIME_BOX_MS);
    if (!answer.ok) throw new Error(`the normal report failed: ${JSON.stringify(answer)}`);
    expect(answer.result.reports.map((r) => r.title)).toEqual([keptPhrases('秋实镇')[0]]);
    for (const kept of keptPhrases('秋实镇')) expect(answer.result.reports[0]?.text).toContain(kept);
  });
});
