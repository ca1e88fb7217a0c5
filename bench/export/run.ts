/**
 * `npm run bench:export`: how long core's writers take to write 20,000
 * excerpts to XLSX and DOCX (and, for completeness, to CSV, Markdown, HTML
 * and JSON) in Node, and how much heap they take.
 *
 * Each run is a fresh Node process (write-once.ts) that builds the bench
 * excerpts (bench-excerpts.ts), then times one writer and watches the heap;
 * the writers take turns, their order turning each round. Prints the table
 * and writes bench/results/export.json.
 *
 * Options: --runs N (default 3) per writer, --excerpts N (default 20000),
 * --reports N the excerpts are spread over (default 200), --writers a,b
 * (some of xlsx, docx, csv, markdown, html, json; default all), --out FILE
 * (write the results there instead; `npm run bench` uses it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLine, machine } from '../machine';
import { benchExcerpts } from './bench-excerpts';
import { isWriter, WRITERS, type WriterName } from './excerpt-writers';
import { writerResult, writerTable, type ExportRun } from './export-results';
import { readGcTrace } from './gc-trace';
import type { WriteOnce } from './write-once';
import { wholeOption } from '../app-session';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const outAt = process.argv.indexOf('--out');
const RESULT_FILE = outAt >= 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]!) : join(ROOT, 'bench/results/export.json');
const WRITE_ONCE = fileURLToPath(new URL('./write-once.ts', import.meta.url));


const runs = wholeOption('runs', 3);
const excerpts = wholeOption('excerpts', 20_000);
const reports = wholeOption('reports', 200);
const writersAt = process.argv.indexOf('--writers');
const chosen = writersAt >= 0 ? (process.argv[writersAt + 1] ?? '').split(',').filter((name) => name !== '') : [...WRITERS];
if (chosen.length === 0 || !chosen.every(isWriter)) throw new RangeError(`--writers takes some of ${WRITERS.join(', ')}, separated by commas`);
/** The writers timed, in the order of WRITERS. */
const writers: readonly WriterName[] = WRITERS.filter((w) => chosen.includes(w));
const log = (line: string) => process.stderr.write(`${line}\n`);
mkdirSync(dirname(RESULT_FILE), { recursive: true });
const loadBefore = loadavg();

// The input once here, to describe it; each run makes the same again in its own process.
const input = await benchExcerpts(excerpts, reports);
const characters = input.excerpts.reduce((sum, e) => sum + e.text.length, 0);
const themed = input.excerpts.reduce((sum, e) => sum + e.themeIds.length, 0);
const noted = input.excerpts.filter((e) => e.note !== '').length;
log(`${input.excerpts.length} excerpts from ${reports} reports: ${characters} characters, ${(themed / input.excerpts.length).toFixed(2)} themes each, ${noted} with a note`);

const scratch = mkdtempSync(join(tmpdir(), 'bench-export-'));
const byWriter = new Map<string, ExportRun[]>(writers.map((w) => [w, []]));
try {
  for (let round = 0; round < runs; round++) {
    const order = [...writers.slice(round % writers.length), ...writers.slice(0, round % writers.length)];
    for (const writer of order) {
      const resultFile = join(scratch, `${writer}-${round}.json`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', WRITE_ONCE, writer, String(excerpts), String(reports), resultFile], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`write-once.ts ${writer} failed (exit ${child.status ?? child.signal})`);
      const once = JSON.parse(readFileSync(resultFile, 'utf8')) as WriteOnce;
      const gc = readGcTrace(child.stdout);
      const run: ExportRun = { ...once, gc, heapPeak: Math.max(once.heapSampled, gc.peakBefore) };
      byWriter.get(writer)!.push(run);
      log(`  round ${round + 1} ${writer.padEnd(8)} ${Math.round(run.ms)} ms, peak heap ${Math.round(run.heapPeak / 1e6)} MB (${gc.collections} GCs)`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const results = writers.map((writer) => writerResult(writer, byWriter.get(writer)!));
const loadAfter = loadavg();
process.stdout.write(`\nWriting ${input.excerpts.length} excerpts (${reports} reports) in Node ${process.version}; ${runs} runs each, each in a fresh process\n${writerTable(results)}\n`);
process.stdout.write(`\nLoad average (1/5/15 min): ${loadLine(loadBefore)} before, ${loadLine(loadAfter)} after\n`);
writeFileSync(
  RESULT_FILE,
  `${JSON.stringify(
    {
      scenario: 'export',
      date: new Date().toISOString(),
      machine: machine(loadBefore),
      input: { excerpts: input.excerpts.length, reports, characters, themesPerExcerpt: themed / input.excerpts.length, withNote: noted, themes: input.themes.length },
      runsPerWriter: runs,
      writers: results,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${RESULT_FILE}`);
