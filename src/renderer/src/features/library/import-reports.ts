/**
 * Importing files into the library: parse each file (with the parser the
 * caller gives: the import worker in the app, the core directly in tests),
 * recognise a file already imported by the SHA-256 of its bytes, and store
 * each report's metadata and text in a transaction, so a file is imported
 * whole or not at all (see `store`). A failure of one file never stops the
 * others; a cancel stops before the next file, and what is stored stays.
 */
import type { ParseResult } from '../../../../core/report/report';
import type { PickedFile } from '../../../../shared/ipc';
import type { LibraryDatabase, ReportRecord, ReportTextRecord } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { toImportFailure, type ImportOutcome } from './import-outcome';
import { reportRecords } from './report-record';

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

/** Files parsed but not yet stored are written together once there are this many… */
const BATCH_FILES = 25;
/** …or this many characters of text, whichever comes first. */
const BATCH_CHARS = 4_000_000;

/** A parsed file waiting to be stored, with the outcome it will have once it is. */
interface PendingFile {
  index: number;
  records: ReportRecord[];
  texts: ReportTextRecord[];
  outcome: ImportOutcome;
}

/**
 * Writes pending files to the library. Several files go in one transaction,
 * so the library list refreshes once per batch rather than once per file; if
 * that transaction fails, each file is written alone, so one file that
 * cannot be stored (storage full) fails by itself and each file is still
 * stored whole or not at all.
 */
async function store(db: LibraryDatabase, pending: readonly PendingFile[], outcomes: ImportOutcome[]): Promise<void> {
  const write = (files: readonly PendingFile[]) =>
    db.transaction('rw', db.reports, db.reportTexts, async () => {
      await db.reports.bulkAdd(files.flatMap((f) => f.records));
      await db.reportTexts.bulkAdd(files.flatMap((f) => f.texts));
    });
  try {
    await write(pending);
    for (const file of pending) outcomes[file.index] = file.outcome;
  } catch {
    for (const file of pending) {
      try {
        await write([file]);
        outcomes[file.index] = file.outcome;
      } catch (error) {
        outcomes[file.index] = { name: file.outcome.name, status: 'failed', failure: toImportFailure(error) };
      }
    }
  }
}

/** A file's hash and the library's reports already imported from the same bytes. */
interface Lookup {
  hash: string;
  existing: ReportRecord[];
}

/**
 * Every readable file's hash and the library's reports already imported from
 * the same bytes, in one read of the library (a read per file was a
 * thousand transactions for a thousand files); null for a file not read.
 */
async function lookUpAll(db: LibraryDatabase, files: readonly PickedFile[]): Promise<(Lookup | null)[]> {
  const hashes = await Promise.all(files.map((file) => (file.ok ? sha256Hex(file.bytes) : null)));
  const known = [...new Set(hashes.filter((hash): hash is string => hash !== null))];
  const stored = known.length > 0 ? await db.reports.where('sourceHash').anyOf(known).toArray() : [];
  const byHash = new Map<string, ReportRecord[]>();
  for (const report of stored) byHash.set(report.sourceHash, [...(byHash.get(report.sourceHash) ?? []), report]);
  for (const reports of byHash.values()) reports.sort((a, b) => a.sourceIndex - b.sourceIndex);
  return hashes.map((hash) => (hash === null ? null : { hash, existing: byHash.get(hash) ?? [] }));
}

/** A file's look-up, and its parse once the file before it is parsed (null when the library holds the file already, or the import was cancelled). */
interface Ahead {
  lookup: Promise<Lookup>;
  parsed: Promise<ParseResult | null>;
}

/**
 * Imports the given files one after another and says what became of each.
 * Every file is hashed and looked up first, in one read of the library;
 * then the next file's parse starts as soon as the worker is done with this
 * one, so the worker parses while this thread turns the file before into
 * records, and a batch is written while the next files are parsed: the
 * worker, this thread and the database work at the same time. One batch at
 * most is being written while the next fills.
 */
export async function importReports(db: LibraryDatabase, files: readonly PickedFile[], options: ImportOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  /** Every file of this run by hash, stored or pending: a look-up started early cannot see them. */
  const thisRun = new Map<string, ReportRecord[]>();
  let pending: PendingFile[] = [];
  let pendingChars = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    await writing;
    writing = store(db, batch, outcomes);
  };
  /** Settles when the worker is free: parses go one at a time, in the files' order. */
  let worker: Promise<unknown> = Promise.resolve();
  // Every hash is taken before the first parse: a parse hands its file's bytes over to the worker.
  const lookups = lookUpAll(db, files);
  lookups.catch(() => {}); // awaited in turn; never an unhandled rejection meanwhile
  const start = (i: number): Ahead | null => {
    const file = files[i];
    if (!file?.ok) return null;
    const lookup = lookups.then((all) => all[i] as Lookup);
    const parsed = Promise.all([lookup, worker]).then(([{ existing }]) => (existing.length > 0 || options.signal?.aborted ? null : options.parse(file.bytes, file.name)));
    worker = parsed.catch(() => {});
    lookup.catch(() => {}); // awaited in turn; never an unhandled rejection meanwhile
    parsed.catch(() => {});
    return { lookup, parsed };
  };
  let ahead = start(0);
  for (const [done, file] of files.entries()) {
    const current = ahead;
    ahead = start(done + 1);
    if (options.signal?.aborted) {
      outcomes[done] = { name: file.name, status: 'cancelled' };
      continue;
    }
    options.onProgress?.({ done, total: files.length, current: file.name });
    const prepared = await prepareOne(file, current, thisRun, options);
    if (!('records' in prepared)) {
      outcomes[done] = prepared.outcome;
      continue;
    }
    pending.push({ index: done, ...prepared });
    thisRun.set(prepared.hash, prepared.records);
    pendingChars += prepared.texts.reduce((n, t) => n + t.text.length, 0);
    if (pending.length >= BATCH_FILES || pendingChars >= BATCH_CHARS) await flush();
  }
  await flush();
  await writing;
  options.onProgress?.({ done: files.length, total: files.length, current: null });
  return outcomes;
}

type Prepared = { outcome: ImportOutcome } | { hash: string; records: ReportRecord[]; texts: ReportTextRecord[]; outcome: ImportOutcome };

/** Checks one file for a duplicate (in the library or earlier in this run) and takes its parse. */
async function prepareOne(file: PickedFile, ahead: Ahead | null, thisRun: ReadonlyMap<string, ReportRecord[]>, options: ImportOptions): Promise<Prepared> {
  if (!file.ok) return { outcome: { name: file.name, status: 'failed', failure: file.error } };
  if (!ahead) throw new RangeError(`importReports: readable file ${file.name} has no look-up`);
  try {
    const { hash, existing: stored } = await ahead.lookup;
    // A file met earlier in this run was not stored yet when this one's look-up ran: it is a duplicate all the same.
    const existing = thisRun.get(hash) ?? stored;
    if (existing.length > 0) {
      return { outcome: { name: file.name, status: 'duplicate', reportIds: existing.map((r) => r.id), titles: existing.map((r) => r.title) } };
    }
    const parsed = await ahead.parsed;
    if (!parsed || options.signal?.aborted) return { outcome: { name: file.name, status: 'cancelled' } };
    if (parsed.reports.length === 0) return { outcome: { name: file.name, status: 'failed', failure: { code: 'empty', detail: 'the file holds no report' } } };
    const { records, texts } = toRecords(parsed, file.name, hash, options);
    const outcome: ImportOutcome = {
      name: file.name,
      status: 'imported',
      reportIds: records.map((r) => r.id),
      titles: records.map((r) => r.title),
      missing: parsed.compilation?.missing ?? [],
      incomplete: records.filter((r) => r.incomplete).length,
    };
    return { hash, records, texts, outcome };
  } catch (error) {
    const failure = toImportFailure(error);
    if (failure.code === 'cancelled') return { outcome: { name: file.name, status: 'cancelled' } };
    return { outcome: { name: file.name, status: 'failed', failure } };
  }
}

/** The library records of a file's reports: metadata apart from text. */
function toRecords(parsed: ParseResult, sourceName: string, sourceHash: string, options: ImportOptions) {
  const importedAt = (options.now?.() ?? new Date()).toISOString();
  const records: ReportRecord[] = [];
  const texts: ReportTextRecord[] = [];
  parsed.reports.forEach((report, sourceIndex) => {
    const made = reportRecords(report, parsed, { id: crypto.randomUUID(), sourceName, sourceHash, sourceIndex, importedAt, sample: options.sample ?? false });
    records.push(made.record);
    texts.push(made.text);
  });
  return { records, texts };
}
