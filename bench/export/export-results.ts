/**
 * The export benchmark's results: each writer's runs summed up (median time
 * and range, the file's size, the peak heap and how far above the input it
 * rose, the process's peak resident set) and the plain-text table the runner
 * prints.
 */
import { summarize, table, type Summary } from '../open-report/statistics';
import type { GcTrace } from './gc-trace';
import type { WriteOnce } from './write-once';

/** One run: what the process measured and what its GC trace says. */
export interface ExportRun extends WriteOnce {
  gc: GcTrace;
  /** The heap's peak: the largest of the samples, the end and the trace's sizes before a collection. */
  heapPeak: number;
}

/** One writer's figures; sizes in MB (10^6 bytes), times in ms. */
export interface WriterResult {
  writer: string;
  time: Summary;
  fileMB: number;
  /** Medians over the runs. */
  heapBeforeMB: number;
  heapPeakMB: number;
  /** Peak heap above the heap before the writer ran (the input and modules). */
  heapRiseMB: number;
  /** Of the process, the kernel's resident-set high-water mark after the writer ran. */
  maxRssMB: number;
  collections: number;
  runs: ExportRun[];
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const median = (values: readonly number[]) => summarize(values).median;

/** The figures of one writer from its runs. */
export function writerResult(writer: string, runs: readonly ExportRun[]): WriterResult {
  return {
    writer,
    time: summarize(runs.map((r) => r.ms)),
    fileMB: mb(runs[0]!.bytes),
    heapBeforeMB: mb(median(runs.map((r) => r.heapBefore))),
    heapPeakMB: mb(median(runs.map((r) => r.heapPeak))),
    heapRiseMB: mb(median(runs.map((r) => r.heapPeak - r.heapBefore))),
    maxRssMB: mb(median(runs.map((r) => r.maxRssAfter))),
    collections: Math.round(median(runs.map((r) => r.gc.collections))),
    runs: [...runs],
  };
}

/** The writers' table. */
export function writerTable(results: readonly WriterResult[]): string {
  return table(
    ['writer', 'median ms', 'min–max ms', 'file MB', 'heap before MB', 'peak heap MB', 'rise MB', 'peak RSS MB', 'GCs'],
    results.map((r) => [r.writer, r.time.median, `${r.time.min}–${r.time.max}`, r.fileMB, r.heapBeforeMB, r.heapPeakMB, r.heapRiseMB, r.maxRssMB, r.collections]),
  );
}
