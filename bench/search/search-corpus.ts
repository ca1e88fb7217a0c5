/**
 * The library the search benchmark searches: the project's generated corpus
 * (bench/report-corpus.ts, the same seed as `bench:import`), each file parsed
 * by core's importer and turned into the records the app stores for it by
 * the app's own `reportRecords`: the report record and its text record,
 * exactly as an import through the app makes them.
 */
import { createHash } from 'node:crypto';
import { parseReportFile } from '../../src/core/import/parse-report-file';
import { reportRecords, type ReportRecords } from '../../src/renderer/src/features/library/report-record';
import { reportCorpus } from '../report-corpus';

/** The prefix of the bench reports' ids in the app's library (`bench-search-0000`…). */
export const SEARCH_REPORT_ID = 'bench-search-';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The records of `count` generated reports of about `charsEach` characters
 * each, with ids `idPrefix0000`…. Throws a RangeError if the importer does
 * not make exactly one report of a generated file.
 */
export async function searchCorpus(count: number, charsEach: number, idPrefix = SEARCH_REPORT_ID): Promise<ReportRecords[]> {
  const encoder = new TextEncoder();
  const importedAt = new Date().toISOString();
  const records: ReportRecords[] = [];
  for (const [index, file] of reportCorpus(count, charsEach).entries()) {
    const bytes = encoder.encode(file.text);
    const parsed = await parseReportFile(bytes, file.name);
    const report = parsed.reports[0];
    if (parsed.reports.length !== 1 || !report) throw new RangeError(`searchCorpus: the importer made ${parsed.reports.length} reports of ${file.name}, not one`);
    records.push(
      reportRecords(report, parsed, {
        id: `${idPrefix}${String(index).padStart(4, '0')}`,
        sourceName: file.name,
        sourceHash: sha256(bytes),
        sourceIndex: 0,
        importedAt,
        sample: false,
      }),
    );
  }
  return records;
}
