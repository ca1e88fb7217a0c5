/** The few statistics the benchmark reports over its runs. */

/** Median, minimum and maximum of some times in milliseconds, rounded to 0.1 ms. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** The summary of `times`; a RangeError for none. */
export function summarize(times: readonly number[]): Summary {
  if (times.length === 0) throw new RangeError('summarize: no times to summarise');
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median: tenth(median), min: tenth(sorted[0]!), max: tenth(sorted[sorted.length - 1]!), runs: sorted.length };
}

/** Rows of cells as a plain-text table with aligned columns, numbers to the right. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[], original: readonly (string | number)[]) =>
    row.map((cell, column) => (typeof original[column] === 'number' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  return [line(cells[0]!, header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map((row, index) => line(row, rows[index]!))].join('\n');
}
