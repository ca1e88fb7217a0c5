/**
 * Importing files into the library: parse with the core, recognise a file
 * already imported by the SHA-256 of its bytes, and store each report's
 * metadata and text in one transaction, so a file is imported whole or not
 * at all. A failure of one file never stops the others.
 */
import { parseReportFile } from '../../../../core/import/parse-report-file';
import type { PickedFile } from '../../../../shared/ipc';
import type { LibraryDatabase, ReportRecord, ReportTextRecord } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { toImportFailure, type ImportOutcome } from './import-outcome';

/** Options for one import; `sample` marks the report the app ships. */
export interface ImportOptions {
  sample?: boolean;
  now?: () => Date;
}

/** Imports the given files one after another and says what became of each. */
export async function importReports(
  db: LibraryDatabase,
  files: readonly PickedFile[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) outcomes.push(await importOne(db, file, options));
  return outcomes;
}

async function importOne(db: LibraryDatabase, file: PickedFile, options: ImportOptions): Promise<ImportOutcome> {
  if (!file.ok) return { name: file.name, status: 'failed', failure: file.error };
  try {
    const sourceHash = await sha256Hex(file.bytes);
    const existing = await db.reports.where('sourceHash').equals(sourceHash).sortBy('sourceIndex');
    if (existing.length > 0) {
      return { name: file.name, status: 'duplicate', reportIds: existing.map((r) => r.id), titles: existing.map((r) => r.title) };
    }
    const parsed = parseReportFile(file.bytes, file.name);
    const importedAt = (options.now?.() ?? new Date()).toISOString();
    const records: ReportRecord[] = [];
    const texts: ReportTextRecord[] = [];
    parsed.reports.forEach((report, sourceIndex) => {
      const id = crypto.randomUUID();
      records.push({
        id,
        title: report.title,
        place: report.place,
        placeLevel: report.placeLevel,
        year: report.year,
        size: report.text.length,
        sourceHash,
        sourceIndex,
        sourceName: file.name,
        encoding: parsed.encoding,
        importedAt,
        sample: options.sample ?? false,
      });
      texts.push({ reportId: id, text: report.text, blocks: report.blocks });
    });
    await db.transaction('rw', db.reports, db.reportTexts, async () => {
      await db.reports.bulkAdd(records);
      await db.reportTexts.bulkAdd(texts);
    });
    return { name: file.name, status: 'imported', reportIds: records.map((r) => r.id), titles: records.map((r) => r.title) };
  } catch (error) {
    return { name: file.name, status: 'failed', failure: toImportFailure(error) };
  }
}
