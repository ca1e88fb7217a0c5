/**
 * How fast the importer's core parses reports, in Node: reports per second
 * and megabytes per second over a generated corpus. Prints one line and, with
 * --json, the figures as JSON. Sizes: --reports N (default 1000),
 * --chars N per report (default 20000), --runs N (default 3, the median is
 * reported).
 */
import { parseReportFile } from '../src/core/import/parse-report-file';
import { reportCorpus } from './report-corpus';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const quick = process.argv.includes('--quick');
const count = option('reports', quick ? 50 : 1000);
const chars = option('chars', quick ? 5000 : 20000);
const runs = option('runs', quick ? 1 : 3);

const encoder = new TextEncoder();
const files = reportCorpus(count, chars).map((r) => ({ name: r.name, bytes: encoder.encode(r.text) }));
const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  let reports = 0;
  for (const file of files) reports += (await parseReportFile(file.bytes, file.name)).reports.length;
  times.push(performance.now() - start);
  if (reports !== count) throw new RangeError(`expected ${count} reports, parsed ${reports}`);
}
const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const result = {
  scenario: 'import-parse (core, Node)',
  reports: count,
  megabytes: Number(megabytes.toFixed(2)),
  medianMs: Math.round(median),
  reportsPerSecond: Math.round(count / (median / 1000)),
  megabytesPerSecond: Number((megabytes / (median / 1000)).toFixed(2)),
  runs,
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else process.stdout.write(`${result.scenario}: ${result.reports} reports, ${result.megabytes} MB in ${result.medianMs} ms → ${result.reportsPerSecond} reports/s, ${result.megabytesPerSecond} MB/s (median of ${runs})\n`);
