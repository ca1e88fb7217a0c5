/**
 * The short human summary `parse` prints without --json.
 */
import type { ParseResult, ParsedReport } from '../core/report/report';

/** Lines summarising one report: title, place, year, paragraph and heading counts. */
function summariseReport(report: ParsedReport): string[] {
  const count = (kind: string): number => report.blocks.filter((block) => block.kind === kind).length;
  const levels = new Map<number, number>();
  for (const block of report.blocks) {
    if (block.kind === 'heading' && block.level !== undefined) levels.set(block.level, (levels.get(block.level) ?? 0) + 1);
  }
  const byLevel = [...levels.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, n]) => `level ${level}: ${n}`)
    .join(', ');
  const headings = count('heading');
  return [
    `  title:      ${report.title}`,
    `  place:      ${report.place === null ? 'unknown' : `${report.place} (${report.placeLevel})`}`,
    `  year:       ${report.year ?? 'unknown'}`,
    `  paragraphs: ${count('paragraph')}`,
    `  headings:   ${headings}${headings > 0 ? ` (${byLevel})` : ''}`,
  ];
}

/** A few lines saying what `file` parsed to, for people rather than programs. */
export function reportSummary(file: string, result: ParseResult): string {
  const n = result.reports.length;
  const lines = [`${file} (${result.encoding}): ${n} report${n === 1 ? '' : 's'}`];
  result.reports.forEach((report, i) => {
    if (n > 1) lines.push(`report ${i + 1}:`);
    lines.push(...summariseReport(report));
  });
  return lines.join('\n');
}
