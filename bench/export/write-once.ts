/**
 * One timed export, in a process of its own (the runner starts it as
 * `node --import tsx --expose-gc write-once.ts <writer> <excerpts> <reports> <result file>`),
 * so each run starts cold, as an analyst's one export does, and its memory
 * is its own. Makes the bench excerpts (not timed), collects the garbage,
 * then times the writer with `performance.now()` while watching the heap
 * three ways: `process.memoryUsage().heapUsed` sampled every millisecond
 * whenever the writer yields, the heap at its end with the output still
 * held, and V8's GC trace on stdout (read by the runner, gc-trace.ts) for
 * the peaks inside its synchronous stretches. Writes its figures as JSON to
 * the result file; nothing but the GC trace goes to stdout.
 */
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { benchExcerpts } from './bench-excerpts';
import { fileSize, isWriter, writeExcerpts } from './excerpt-writers';

/** What one run measured; heap figures in bytes. */
export interface WriteOnce {
  writer: string;
  excerpts: number;
  ms: number;
  bytes: number;
  /** Heap in use after building the input and collecting the garbage: the input and the modules. */
  heapBefore: number;
  /** The most heap in use seen by the sampler or at the end (the GC trace is added by the runner). */
  heapSampled: number;
  /** Heap in use when the writer returned, its output held. */
  heapAtEnd: number;
  /** The process's resident set high-water mark before the writer ran and after, bytes (kernel figures). */
  maxRssBefore: number;
  maxRssAfter: number;
}

const [writer, excerptCount, reportCount, resultFile] = process.argv.slice(2);
if (!writer || !isWriter(writer) || !resultFile) throw new RangeError('usage: write-once.ts <xlsx|docx|csv|markdown|html|json> <excerpts> <reports> <result file>');
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('write-once.ts needs node --expose-gc');

const input = await benchExcerpts(Number(excerptCount), Number(reportCount));
collect();
collect();
const heapBefore = process.memoryUsage().heapUsed;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
let heapSampled = heapBefore;
const sampler = setInterval(() => {
  heapSampled = Math.max(heapSampled, process.memoryUsage().heapUsed);
}, 1);

setFlagsFromString('--trace-gc');
const start = performance.now();
const output = await writeExcerpts(writer, input);
const ms = performance.now() - start;
const heapAtEnd = process.memoryUsage().heapUsed;
setFlagsFromString('--no-trace-gc');
clearInterval(sampler);

const result: WriteOnce = {
  writer,
  excerpts: input.excerpts.length,
  ms,
  bytes: fileSize(output),
  heapBefore,
  heapSampled: Math.max(heapSampled, heapAtEnd),
  heapAtEnd,
  maxRssBefore,
  maxRssAfter: process.resourceUsage().maxRSS * 1024,
};
writeFileSync(resultFile, JSON.stringify(result));
