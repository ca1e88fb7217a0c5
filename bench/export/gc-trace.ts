/**
 * Reading V8's `--trace-gc` lines for the heap's peak. Between two garbage
 * collections the heap only grows, so its peak over a stretch of work is the
 * largest size a collection found before it ran (or the size at the end):
 * that catches the peaks inside long synchronous stretches, which sampling
 * `process.memoryUsage()` from a timer cannot see. A line reads
 * `[pid:0x…]  144 ms: Scavenge 4.2 (5.5) -> 4.0 (5.5) MB, …`: objects'
 * size before (committed heap) -> after, in MiB.
 */

/** What the trace says about a stretch of work. */
export interface GcTrace {
  /** Collections in the trace. */
  collections: number;
  /** Of them, full (mark-compact) collections. */
  full: number;
  /** The largest heap, in bytes, that a collection found before it ran; 0 with no collections. */
  peakBefore: number;
}

const LINE = /ms: ([A-Za-z -]+?)(?: \([^)]*\))? ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/;
const MIB = 1024 * 1024;

/** The collections of a `--trace-gc` output and the largest heap before one. */
export function readGcTrace(output: string): GcTrace {
  let collections = 0;
  let full = 0;
  let peakBefore = 0;
  for (const line of output.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    collections += 1;
    if (match[1]!.includes('Mark-Compact') && !match[1]!.includes('Minor')) full += 1;
    peakBefore = Math.max(peakBefore, Number(match[2]) * MIB);
  }
  return { collections, full, peakBefore };
}
