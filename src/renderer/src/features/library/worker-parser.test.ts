import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParseResult } from '../../../../core/report/report';
import { toImportFailure } from './import-outcome';
import type { ImportReply, ImportRequest } from './import-worker-protocol';
import { createWorkerParser, type WorkerLike } from './worker-parser';

const RESULT: ParseResult = { encoding: 'utf-8', compilation: null, reports: [], hidden: [], warnings: [] };

/** A stand-in worker that records what it was sent and answers when the test says. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: { message: ImportRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: ImportRequest, transfer: Transferable[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: ImportReply) {
    this.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
  }
}

let workers: FakeWorker[];
const createWorker = () => {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
};
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: unknown) => toImportFailure(error).code);

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createWorkerParser', () => {
  it('posts the file with its buffer transferred and resolves with the answer', async () => {
    const parser = createWorkerParser({ createWorker });
    const bytes = new Uint8Array([1, 2, 3]);
    const parsed = parser.parse(bytes, 'a.txt');
    const { message, transfer } = workers[0]!.sent[0]!;
    expect(message).toMatchObject({ name: 'a.txt', bytes });
    expect(transfer).toEqual([bytes.buffer]);
    workers[0]!.reply({ id: message.id, ok: true, result: RESULT });
    await expect(parsed).resolves.toEqual(RESULT);
  });

  it('sends a copy of a view that does not span its whole buffer, never its neighbours', () => {
    const parser = createWorkerParser({ createWorker });
    const shared = new Uint8Array([9, 9, 1, 2, 9]);
    void parser.parse(shared.subarray(2, 4), 'a.txt');
    const { message, transfer } = workers[0]!.sent[0]!;
    expect(Array.from(message.bytes)).toEqual([1, 2]);
    expect((transfer[0] as ArrayBuffer).byteLength).toBe(2);
    expect(shared.byteLength).toBe(5);
  });

  it('ignores messages that are not the awaited answer (pdfjs posts a ready message from the worker)', async () => {
    const parser = createWorkerParser({ createWorker });
    const parsed = parser.parse(new Uint8Array([1]), 'a.pdf');
    const worker = workers[0]!;
    worker.onmessage?.({ data: { sourceName: 'worker', targetName: 'main', action: 'ready' } } as unknown as MessageEvent<ImportReply>);
    worker.onmessage?.({ data: null } as unknown as MessageEvent<ImportReply>);
    worker.reply({ id: worker.sent[0]!.message.id, ok: true, result: RESULT });
    await expect(parsed).resolves.toEqual(RESULT);
  });

  it('rejects with the failure the worker reports, keeping the worker', async () => {
    const parser = createWorkerParser({ createWorker });
    const parsed = parser.parse(new Uint8Array([1]), 'a.pdf');
    workers[0]!.reply({ id: workers[0]!.sent[0]!.message.id, ok: false, failure: { code: 'encrypted-pdf', detail: 'password' } });
    expect(await codeOf(parsed)).toBe('encrypted-pdf');
    void parser.parse(new Uint8Array([2]), 'b.txt');
    expect(workers).toHaveLength(1);
  });

  it('gives up a file after the time box, terminates its worker and starts a new one for the next', async () => {
    const parser = createWorkerParser({ createWorker, timeoutMs: 1000 });
    const slow = codeOf(parser.parse(new Uint8Array([1]), 'slow.pdf'));
    vi.advanceTimersByTime(999);
    workers[0]!.reply({ id: 999, ok: true, result: RESULT }); // an answer to another request is ignored
    vi.advanceTimersByTime(1);
    expect(await slow).toBe('timeout');
    expect(workers[0]!.terminated).toBe(true);

    const next = parser.parse(new Uint8Array([2]), 'next.txt');
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.sent[0]!.message.id, ok: true, result: RESULT });
    await expect(next).resolves.toEqual(RESULT);
  });

  it('cancels: terminates the worker, the file in flight and later ones are cancelled', async () => {
    const parser = createWorkerParser({ createWorker });
    const inFlight = codeOf(parser.parse(new Uint8Array([1]), 'a.txt'));
    parser.cancel();
    expect(await inFlight).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
    expect(await codeOf(parser.parse(new Uint8Array([2]), 'b.txt'))).toBe('cancelled');
    expect(workers).toHaveLength(1);
  });

  it('fails the file in flight when the worker itself fails, and recovers with a new worker', async () => {
    const parser = createWorkerParser({ createWorker });
    const parsed = codeOf(parser.parse(new Uint8Array([1]), 'a.txt'));
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(await parsed).toBe('unexpected');
    expect(workers[0]!.terminated).toBe(true);
    void parser.parse(new Uint8Array([2]), 'b.txt');
    expect(workers).toHaveLength(2);
  });

  it('takes one file at a time', async () => {
    const parser = createWorkerParser({ createWorker });
    void parser.parse(new Uint8Array([1]), 'a.txt');
    await expect(parser.parse(new Uint8Array([2]), 'b.txt')).rejects.toThrow(RangeError);
  });
});
