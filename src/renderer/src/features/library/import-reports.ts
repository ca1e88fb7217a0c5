/**
 * Importing files into the library: parse each file (with the parser the
 * caller gives: the import worker in the app, the core directly in tests),
 * recognise a file already imported by the SHA-256 of its bytes, and store
 * each report's metadata and text in one transaction, so a file is imported
 * whole or not at all. A failure of one file never stops the others; a
 * cancel stops before the next file, and what is stored stays.
 */
import type { ParseResult } from '../../../../core/report/report';
import type { PickedFile } from '../../../../shared/ipc';
import type { LibraryDatabase, ReportRecord, ReportTextRecord } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { toImportFailure, type ImportOutcome } from './import-outcome';

/**
 * Parses one file's bytes into reports, like core's `parseReportFile`;
 * rejects with an error carrying a failure `code`. It may take the bytes
 * (transfer them to a worker): the importer reads them before it parses.
 */
export type ReportParser = (bytes: Uint8Array, fileName: string) => Promise<ParseResult>;

/** How far a batch has got: `done` files of `total`, and the one being imported. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface ImportOptions {
  parse: ReportParser;
  /** Marks the report the app ships. */
  sample?: boolean;
  now?: () => Date;
  /** Set when the analyst cancels: files not yet stored are reported as cancelled. */
  signal?: { readonly aborted: boolean };
  /** Called before each file and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
}

/** Imports the given files one after another and says what became of each. */
export async function importReports(db: LibraryDatabase, files: readonly PickedFile[], options: ImportOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [done, file] of files.entries()) {
    if (options.signal?.aborted) {
      outcomes.push({ name: file.name, status: 'cancelled' });
      continue;
    }
    options.onProgress?.({ done, total: files.length, current: file.name });
    outcomes.push(await importOne(db, file, options));
  }
  options.onProgress?.({ done: files.length, total: files.length, current: null });
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
    const parsed = await options.parse(file.bytes, file.name);
    if (options.signal?.aborted) return { name: file.name, status: 'cancelled' };
    if (parsed.reports.length === 0) return { name: file.name, status: 'failed', failure: { code: 'empty', detail: 'the file holds no report' } };
    const { records, texts } = toRecords(parsed, file.name, sourceHash, options);
    await db.transaction('rw', db.reports, db.reportTexts, async () => {
      await db.reports.bulkAdd(records);
      await db.reportTexts.bulkAdd(texts);
    });
    return {
      name: file.name,
      status: 'imported',
      reportIds: records.map((r) => r.id),
      titles: records.map((r) => r.title),
      missing: parsed.compilation?.missing ?? [],
      incomplete: records.filter((r) => r.incomplete).length,
    };
  } catch (error) {
    const failure = toImportFailure(error);
    if (failure.code === 'cancelled') return { name: file.name, status: 'cancelled' };
    return { name: file.name, status: 'failed', failure };
  }
}

/** The library records of a file's reports: metadata apart from text. */
function toRecords(parsed: ParseResult, sourceName: string, sourceHash: string, options: ImportOptions) {
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
      sourceHash,
      sourceIndex,
      sourceName,
      encoding: parsed.encoding,
      importedAt,
      sample: options.sample ?? false,
    });
    texts.push({ reportId: id, text: report.text, blocks: report.blocks, hidden: report.hidden });
  });
  return { records, texts };
}
