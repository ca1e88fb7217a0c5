/**
 * The JSON `parse FILE --json` prints: a stable shape for scripts and other
 * tools. Fields may be added; none is renamed or removed.
 *
 * `{ file, encoding, compilation, reports: [{ title, place, level, region,
 * year, date, published, speaker, source, author, summary, incomplete,
 * headings: [{level, text}], text, warnings }], hidden, warnings }`, where a
 * report's `text` is its clean body with paragraphs separated by blank lines
 * and `hidden` lists every line taken out as debris.
 */
import { reportOutline } from '../core/report/report-outline';
import type { ParsedReport, ParseResult } from '../core/report/report';

/** One report as the CLI prints it. */
function reportJson(report: ParsedReport) {
  return {
    title: report.title,
    place: report.place,
    level: report.placeLevel,
    region: report.region,
    year: report.year,
    date: report.date,
    published: report.published,
    speaker: report.speaker,
    source: report.source,
    author: report.author,
    summary: report.summary,
    incomplete: report.incomplete,
    headings: reportOutline(report).map(({ level, text }) => ({ level, text })),
    text: report.blocks.map((b) => report.text.slice(b.start, b.end)).join('\n\n'),
    warnings: report.warnings,
  };
}

/** The whole result of parsing `file`, as the CLI prints it. */
export function parseResultJson(file: string, result: ParseResult) {
  return {
    file,
    encoding: result.encoding,
    compilation: result.compilation,
    reports: result.reports.map(reportJson),
    hidden: [...result.hidden, ...result.reports.flatMap((r) => r.hidden)].map((h) => h.text),
    warnings: [...result.warnings, ...result.reports.flatMap((r) => r.warnings)],
  };
}
