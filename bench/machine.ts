/**
 * The machine a benchmark ran on, as its results file records it: the
 * platform, the processor and how many cores, the memory, Node's version,
 * and the load average when the run began and when it ended, since other
 * work on a shared machine makes the figures noisier.
 */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine's description; `loadBefore` is `loadavg()` taken when the run began. */
export interface Machine {
  platform: string;
  release: string;
  arch: string;
  cpu: string;
  cpus: number;
  memoryGB: number;
  node: string;
  loadAverage: { before: number[]; after: number[] };
}

/** The machine now, with the load average `loadBefore` of the run's start. */
export function machine(loadBefore: readonly number[]): Machine {
  return {
    platform: platform(),
    release: release(),
    arch: arch(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: { before: [...loadBefore], after: loadavg() },
  };
}

/** A load average as one short line: `1.75 / 3.43 / 3.99` (1, 5 and 15 minutes). */
export function loadLine(load: readonly number[]): string {
  return load.map((n) => n.toFixed(2)).join(' / ');
}
