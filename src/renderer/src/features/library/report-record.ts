/** A parsed report as the library stores it: its metadata record and its text record. */
import type { ParsedReport, ParseResult } from '../../../../core/report/report';
import type { ReportRecord, ReportTextRecord } from '../../db/db';

/** Where a report came from and when, as the library records it. */
export interface ReportOrigin {
  id: string;
  sourceName: string;
  sourceHash: string;
  sourceIndex: number;
  importedAt: string;
  sample: boolean;
}

/** The records that store one report: write both in one transaction. */
export interface ReportRecords {
  record: ReportRecord;
  text: ReportTextRecord;
}

/** The metadata and text records of `report`, one of the reports `parsed` from a file. */
export function reportRecords(report: ParsedReport, parsed: ParseResult, origin: ReportOrigin): ReportRecords {
  const record: ReportRecord = {
    id: origin.id,
    title: report.title,
    place: report.place,
    placeLevel: report.placeLevel,
    year: report.year,
    region: report.region,
    date: report.date,
    published: report.published,
    speaker: report.speaker,
    source: report.source,
    author: report.author,
    summary: report.summary,
    incomplete: report.incomplete,
    compilationTitle: parsed.compilation?.title ?? null,
    // What the file says about itself (images dropped…) applies to each report it holds.
    warnings: [...new Set([...parsed.warnings, ...report.warnings])],
    size: report.text.length,
    sourceHash: origin.sourceHash,
    sourceIndex: origin.sourceIndex,
    sourceName: origin.sourceName,
    encoding: parsed.encoding,
    importedAt: origin.importedAt,
    sample: origin.sample,
  };
  return {
    record,
    text: { reportId: origin.id, text: report.text, blocks: report.blocks, hidden: report.hidden },
  };
}
