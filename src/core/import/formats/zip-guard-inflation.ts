/**
 * Measuring what a deflated zip entry really inflates to, without keeping the
 * output: the zip guard's check that declared sizes do not lie. It uses the
 * platform's DecompressionStream ('deflate-raw': Chromium 103+, so Electron,
 * and Node 20+); src/core has no DOM types, so the few members used are
 * declared here.
 */
import { ZipGuardError } from './zip-guard-error';

interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

interface ChunkWriter {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

interface InflateStream {
  readonly readable: { getReader(): ChunkReader };
  readonly writable: { getWriter(): ChunkWriter };
}

type InflateStreamCtor = new (format: 'deflate-raw') => InflateStream;

/**
 * Compressed bytes fed per write. A deflate stream inflates at most ~1032
 * times its size, so one chunk can make at most ~16 MiB of output before
 * the next size check.
 */
const CHUNK_SIZE = 16 * 1024;

/**
 * How a measurement ended: `within` the limit; `over` it (stopped at the first
 * chunk past it); `unmeasured` when the runtime has no raw-deflate
 * DecompressionStream or the data does not inflate (jszip will fail on it the
 * same way, since both are zlib).
 */
export type InflationCheck = 'within' | 'over' | 'unmeasured';

function inflateStreamCtor(): InflateStreamCtor | null {
  const ctor = (globalThis as unknown as { DecompressionStream?: InflateStreamCtor }).DecompressionStream;
  return typeof ctor === 'function' ? ctor : null;
}

/** Feeds `data` to the stream a chunk at a time; its errors surface on the reading side. */
async function feed(writer: ChunkWriter, data: Uint8Array): Promise<void> {
  try {
    for (let at = 0; at < data.byteLength; at += CHUNK_SIZE) {
      await writer.ready;
      await writer.write(data.subarray(at, at + CHUNK_SIZE));
    }
    await writer.close();
  } catch {
    // The reader was cancelled or the data is not deflate: the read loop reports it.
  }
}

/**
 * Inflates raw-deflate `data`, counting and discarding the output, and says
 * whether it comes to more than `limit` bytes. Throws ZipGuardError
 * `cancelled` when `signal` is set between chunks.
 */
export async function checkInflatedSize(
  data: Uint8Array,
  limit: number,
  signal?: { readonly aborted: boolean },
): Promise<InflationCheck> {
  const Ctor = inflateStreamCtor();
  if (Ctor === null) return 'unmeasured';
  let stream: InflateStream;
  try {
    stream = new Ctor('deflate-raw');
  } catch {
    return 'unmeasured'; // a runtime that knows only 'deflate' and 'gzip'
  }
  const reader = stream.readable.getReader();
  void feed(stream.writable.getWriter(), data);
  let total = 0;
  try {
    for (;;) {
      if (signal?.aborted) {
        void reader.cancel().catch(() => undefined);
        throw new ZipGuardError('cancelled', 'The import was cancelled.');
      }
      const { done, value } = await reader.read();
      if (done) return 'within';
      total += value?.byteLength ?? 0;
      if (total > limit) {
        void reader.cancel().catch(() => undefined);
        return 'over';
      }
    }
  } catch (error) {
    if (error instanceof ZipGuardError) throw error;
    return 'unmeasured';
  }
}
