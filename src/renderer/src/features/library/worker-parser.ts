/**
 * The UI thread's side of the import worker: parses one file at a time in a
 * Web Worker, with a time box per file. A file that gets no answer in time
 * fails with `timeout`; its worker is terminated and the next file gets a
 * fresh one, so one pathological file never stops the batch. Cancelling
 * terminates the worker and fails the file in flight with `cancelled`.
 */
import type { ParseResult } from '../../../../core/report/report';
import { ImportFailureError } from './import-outcome';
import type { ImportReply, ImportRequest } from './import-worker-protocol';
import type { ReportParser } from './import-reports';

/** How long one file may take to parse before it is given up: one minute. */
export const PARSE_TIME_BOX_MS = 60_000;

/** What the parser needs of a Worker, so tests can give a stand-in. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface WorkerParserOptions {
  /** Starts a worker; the default starts import-worker.ts. */
  createWorker?: () => WorkerLike;
  /** Time box per file, in milliseconds. */
  timeoutMs?: number;
}

export interface WorkerParser {
  /** Parses one file in the worker; rejects with an error carrying a failure `code`. One file at a time. */
  parse: ReportParser;
  /** Terminates the worker; the file in flight and every later one fail with `cancelled`. */
  cancel(): void;
  /** Terminates the worker once the batch is done. */
  dispose(): void;
}

function startImportWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'report-import' }) as WorkerLike;
}

/**
 * The bytes' buffer to transfer to the worker: the view's own buffer when it
 * spans all of it, else a copy of just the view (never another file's bytes).
 */
function transferable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

interface Pending {
  id: number;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** A parser backed by one worker at a time. */
export function createWorkerParser({ createWorker = startImportWorker, timeoutMs = PARSE_TIME_BOX_MS }: WorkerParserOptions = {}): WorkerParser {
  let worker: WorkerLike | null = null;
  let pending: Pending | null = null;
  let cancelled = false;
  let nextId = 1;

  function stopWorker() {
    worker?.terminate();
    worker = null;
  }

  /** Ends the file in flight with an error (and throws its worker away when the worker is at fault). */
  function fail(code: string, detail: string) {
    const current = pending;
    if (!current) return;
    pending = null;
    clearTimeout(current.timer);
    stopWorker();
    current.reject(new ImportFailureError({ code, detail }));
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const started = createWorker();
    started.onmessage = (event: MessageEvent<unknown>) => {
      // Anything but the answer awaited is ignored: pdfjs, loaded in the worker, posts a 'ready' of its own.
      const reply = event.data as ImportReply | null;
      const current = pending;
      if (!current || typeof reply !== 'object' || reply === null || reply.id !== current.id) return;
      pending = null;
      clearTimeout(current.timer);
      if (reply.ok) current.resolve(reply.result);
      else current.reject(new ImportFailureError(reply.failure));
    };
    started.onerror = (event) => {
      event.preventDefault();
      fail('unexpected', `the import worker failed: ${event.message || 'it could not start'}`);
    };
    started.onmessageerror = () => fail('unexpected', 'the import worker sent an answer that could not be read');
    worker = started;
    return started;
  }

  return {
    parse(bytes, name) {
      if (cancelled) return Promise.reject(new ImportFailureError({ code: 'cancelled', detail: 'the import was cancelled' }));
      if (pending) return Promise.reject(new RangeError('The worker parser takes one file at a time'));
      const target = ensureWorker();
      const id = nextId++;
      return new Promise<ParseResult>((resolve, reject) => {
        const timer = setTimeout(() => fail('timeout', `no answer within ${timeoutMs / 1000} s`), timeoutMs);
        pending = { id, resolve, reject, timer };
        const sent = transferable(bytes);
        target.postMessage({ id, name, bytes: sent }, [sent.buffer]);
      });
    },
    cancel() {
      cancelled = true;
      fail('cancelled', 'the import was cancelled');
      stopWorker();
    },
    dispose() {
      fail('cancelled', 'the parser was disposed');
      stopWorker();
    },
  };
}
