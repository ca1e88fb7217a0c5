/**
 * REFI-QDA exchange with the library: the library (or some of its reports)
 * as a project for NVivo, ATLAS.ti, MAXQDA and QualCoder, and such a project
 * or codebook brought into the library. Core writes and reads the files
 * (src/core/refi-qda); this maps between its model and the database.
 *
 * - A report is a source: its title is the source's name, its text the
 *   source's text, its metadata the source's variables (`REPORT_VARIABLES`).
 * - A theme is a code (`codebookFromThemes`); a highlight is a selection at
 *   its place in the current text, with its themes as codings and its note.
 * - Offsets stay UTF-16 code units here; core converts to REFI-QDA's code
 *   points at the file's edge.
 */
import { anchor } from '../../../../core/anchoring/anchor';
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { Block, ParsedReport, PlaceLevel } from '../../../../core/report/report';
import { codebookFromThemes, themeGuid } from '../../../../core/refi-qda/codebook-from-themes';
import { mergeCodes } from '../../../../core/refi-qda/merge-codes';
import { qdaGuid } from '../../../../core/refi-qda/qda-guid';
import { QDA_ORIGIN, type QdaCodebook, type QdaProject, type QdaSelection, type QdaSource, type QdaVariableValue } from '../../../../core/refi-qda/qda-project';
import type { HighlightRecord, LibraryDatabase, ReportRecord, ReportTextRecord } from '../../db/db';
import { textHashOf } from '../annotate/new-highlight';
import type { ReportParser } from '../library/import-reports';
import { nextThemeColor } from '../themes/theme-palette';

/** The variable each report field is exchanged as, named as the analyst says it. */
export const REPORT_VARIABLES = {
  title: '标题',
  place: '地点',
  placeLevel: '行政层级',
  year: '年份',
  region: '地区',
  date: '会议日期',
  published: '发布时间',
  speaker: '报告人',
  source: '来源',
  author: '作者',
  summary: '核心提示',
  compilationTitle: '汇编',
} as const satisfies Partial<Record<keyof ReportRecord, string>>;

const PLACE_LEVELS: readonly PlaceLevel[] = ['省', '市', '州', '县', '区', '镇', '乡', '街道'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The project made from the library, and how many highlights could not be placed in their report's text. */
export interface LibraryProject {
  project: QdaProject;
  orphans: number;
}

/** Which reports `projectFromLibrary` takes, and what it calls the project. */
export interface ProjectFromLibraryOptions {
  /** The reports to export, in this order; all reports, oldest import first, when absent. */
  reportIds?: readonly string[];
  name?: string;
  /** ISO time stamped as the project's creation time. */
  now?: string;
}

/** A report's metadata as typed variables; fields without a value are left out. */
function reportVariables(report: ReportRecord): QdaVariableValue[] {
  const values: QdaVariableValue[] = [];
  for (const [field, name] of Object.entries(REPORT_VARIABLES) as [keyof typeof REPORT_VARIABLES, string][]) {
    const value = report[field];
    if (value === null || value === undefined || value === '') continue;
    if (field === 'year') values.push({ name, type: 'Integer', value: String(value) });
    else if (field === 'date' && DATE.test(String(value))) values.push({ name, type: 'Date', value: String(value) });
    else values.push({ name, type: 'Text', value: String(value) });
  }
  return values;
}

/**
 * Where a highlight stands in `text`: its stored position when the text is
 * the one it was made on or its quote still stands there, else wherever core
 * anchoring finds it; null for an orphan.
 */
function placeHighlight(highlight: HighlightRecord, text: string, textHash: string): { start: number; end: number } | null {
  const { position, quote } = highlight.selectors;
  const fits = position.start >= 0 && position.start < position.end && position.end <= text.length;
  if (fits && (highlight.textHash === textHash || text.slice(position.start, position.end) === quote.exact)) return position;
  const found = anchor(text, highlight.selectors);
  return found === null ? null : { start: found.start, end: found.end };
}

/**
 * The library, or the reports `reportIds` names, as a REFI-QDA project: the
 * whole codebook, each report with its text and metadata, each highlight
 * placed in its report's current text. Highlights that cannot be placed
 * (orphans) are left out and counted; reports without a text are left out.
 */
export async function projectFromLibrary(db: LibraryDatabase, options: ProjectFromLibraryOptions = {}): Promise<LibraryProject> {
  const { reports, texts, themes, highlights } = await db.transaction('r', db.reports, db.reportTexts, db.themes, db.highlights, async () => {
    const reports = options.reportIds
      ? (await db.reports.bulkGet([...options.reportIds])).filter((report): report is ReportRecord => report !== undefined)
      : await db.reports.orderBy('importedAt').toArray();
    const ids = reports.map((report) => report.id);
    return {
      reports,
      texts: await db.reportTexts.bulkGet(ids),
      themes: await db.themes.toArray(),
      highlights: await db.highlights.where('reportId').anyOf(ids).toArray(),
    };
  });
  const themeIds = new Set(themes.map((theme) => theme.id));
  const byReport = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights) {
    const list = byReport.get(highlight.reportId);
    if (list) list.push(highlight);
    else byReport.set(highlight.reportId, [highlight]);
  }
  const sources: QdaSource[] = [];
  let orphans = 0;
  for (const [index, report] of reports.entries()) {
    const body = texts[index];
    if (body === undefined) continue;
    const textHash = await textHashOf(body.text);
    const selections: QdaSelection[] = [];
    for (const highlight of byReport.get(report.id) ?? []) {
      const place = placeHighlight(highlight, body.text, textHash);
      if (place === null) {
        orphans += 1;
        continue;
      }
      selections.push({
        guid: qdaGuid(highlight.id, 'highlight'),
        ...place,
        codeGuids: highlight.themeIds.filter((id) => themeIds.has(id)).map(themeGuid),
        note: highlight.note,
        createdAt: highlight.createdAt,
        modifiedAt: highlight.updatedAt,
      });
    }
    selections.sort((a, b) => a.start - b.start || a.end - b.end);
    sources.push({ guid: qdaGuid(report.id, 'report'), name: report.title, text: body.text, variables: reportVariables(report), selections });
  }
  const project: QdaProject = {
    name: options.name ?? '政府工作报告',
    origin: QDA_ORIGIN,
    createdAt: options.now ?? null,
    codebook: codebookFromThemes(themes),
    sources,
    notes: [],
    warnings: [],
  };
  return { project, orphans };
}

/** What importing a project did. */
export interface ProjectImport {
  /** Ids of the reports added; sources whose text the library already holds are skipped as duplicates. */
  reports: { added: string[]; duplicates: number };
  /** Codes added as new themes, and codes merged into a theme of the same name at the same place. */
  themes: { added: number; merged: number };
  /** Selections added as highlights, and those skipped (their source was a duplicate, or their range unusable). */
  highlights: { added: number; skipped: number };
}

/** Options of `importProject` and `importCodebook`. */
export interface ImportProjectOptions {
  /** Fresh ids for reports, themes and highlights (`crypto.randomUUID` by default). */
  newId?: () => string;
  /** The file name reports record as their source (`<project name>.qdpx` by default). */
  fileName?: string;
  /** Reads a source's text as a report, for its outline and metadata; without it each line is a paragraph. */
  parse?: ReportParser;
}

/** One paragraph block per non-blank line; a first line that is the title is the title block. */
function lineBlocks(text: string, title: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') blocks.push({ kind: blocks.length === 0 && line.trim() === title ? 'title' : 'paragraph', start, end });
    start = end + 1;
  }
  return blocks;
}

/**
 * The source's text read as a report by `parse` (the import worker's
 * parser), when that gives one report with exactly this text: its outline
 * and metadata then come with it. Null when the parser would change the text
 * (it would move the codings) or refuses it.
 */
async function parsedSource(source: QdaSource, parse: ReportParser): Promise<ParsedReport | null> {
  try {
    const parsed = await parse(new TextEncoder().encode(source.text), `${source.guid}.txt`);
    const [report] = parsed.reports;
    return parsed.reports.length === 1 && report && report.text === source.text ? report : null;
  } catch {
    return null; // a source the parser refuses (empty, say) keeps its line blocks
  }
}

/**
 * The library records of a source: metadata from its variables (else what
 * the parser found), the text's blocks as the parser found them (else one
 * paragraph per line).
 */
function sourceRecords(source: QdaSource, parsed: ParsedReport | null, id: string, sourceHash: string, sourceName: string, now: string): { record: ReportRecord; text: ReportTextRecord } {
  const variable = (name: string): string | null => source.variables.find((each) => each.name === name)?.value.trim() || null;
  const found: Record<string, string | number | null | undefined> = parsed
    ? {
        [REPORT_VARIABLES.title]: parsed.title,
        [REPORT_VARIABLES.place]: parsed.place,
        [REPORT_VARIABLES.placeLevel]: parsed.placeLevel,
        [REPORT_VARIABLES.year]: parsed.year,
        [REPORT_VARIABLES.region]: parsed.region,
        [REPORT_VARIABLES.date]: parsed.date,
        [REPORT_VARIABLES.published]: parsed.published,
        [REPORT_VARIABLES.speaker]: parsed.speaker,
        [REPORT_VARIABLES.source]: parsed.source,
        [REPORT_VARIABLES.author]: parsed.author,
        [REPORT_VARIABLES.summary]: parsed.summary,
      }
    : {};
  const value = (name: string): string | null => variable(name) ?? (found[name] === null || found[name] === undefined ? null : String(found[name]));
  const firstLine = source.text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const title = value(REPORT_VARIABLES.title) ?? (source.name.trim() || firstLine || '未命名报告');
  const level = value(REPORT_VARIABLES.placeLevel);
  const year = value(REPORT_VARIABLES.year);
  const date = value(REPORT_VARIABLES.date)?.slice(0, 10) ?? null;
  const record: ReportRecord = {
    id,
    title,
    place: value(REPORT_VARIABLES.place),
    placeLevel: PLACE_LEVELS.find((known) => known === level) ?? null,
    year: year !== null && /^\d{4}$/.test(year) ? Number(year) : null,
    region: value(REPORT_VARIABLES.region),
    date: date !== null && DATE.test(date) ? date : null,
    published: value(REPORT_VARIABLES.published),
    speaker: value(REPORT_VARIABLES.speaker),
    source: value(REPORT_VARIABLES.source),
    author: value(REPORT_VARIABLES.author),
    summary: value(REPORT_VARIABLES.summary),
    incomplete: false,
    compilationTitle: value(REPORT_VARIABLES.compilationTitle),
    warnings: [],
    size: source.text.length,
    sourceHash,
    sourceIndex: 0,
    sourceName,
    encoding: 'utf-8',
    importedAt: now,
    sample: false,
  };
  return {
    record,
    text: { reportId: id, text: source.text, blocks: parsed ? parsed.blocks : lineBlocks(source.text, title), hidden: parsed ? parsed.hidden : [] },
  };
}

/** True when the library already holds a report with this text (same hash, or the same text under another file's hash). */
async function holdsText(db: LibraryDatabase, text: string, hash: string): Promise<boolean> {
  if ((await db.reports.where('sourceHash').equals(hash).count()) > 0) return true;
  const sameSize = await db.reports.where('size').equals(text.length).primaryKeys();
  return (await db.reportTexts.bulkGet(sameSize)).some((body) => body?.text === text);
}

/**
 * Brings `project` into the library in one transaction: its codes merged
 * into the codebook (`mergeCodes`: same name at the same place merges,
 * hierarchy kept), each source added as a report unless the library
 * already holds its text (then it and its selections are skipped as a
 * duplicate, so importing a project twice adds nothing), each selection of
 * an added source as a highlight. `now` is the ISO time of the import.
 */
export async function importProject(db: LibraryDatabase, project: QdaProject, now: string, options: ImportProjectOptions = {}): Promise<ProjectImport> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const sourceName = options.fileName ?? `${project.name.trim() || 'project'}.qdpx`;
  // Hashing is Web Crypto, which would end a Dexie transaction: hash first.
  const hashes = await Promise.all(project.sources.map((source) => textHashOf(source.text)));
  // So is parsing: read each source as a report first too, one at a time (the worker parses one file at a time).
  const parsed: (ParsedReport | null)[] = [];
  for (const source of project.sources) parsed.push(options.parse ? await parsedSource(source, options.parse) : null);
  return db.transaction('rw', [db.reports, db.reportTexts, db.themes, db.highlights], async () => {
    const merge = mergeCodes(await db.themes.toArray(), project.codebook.codes, { newId, colorFor: nextThemeColor });
    const outcome: ProjectImport = { reports: { added: [], duplicates: 0 }, themes: { added: merge.added.length, merged: merge.merged }, highlights: { added: 0, skipped: 0 } };
    const records: ReportRecord[] = [];
    const bodies: ReportTextRecord[] = [];
    const highlights: HighlightRecord[] = [];
    const taken = new Set<string>();
    for (const [index, source] of project.sources.entries()) {
      const hash = hashes[index] as string;
      if (taken.has(hash) || (await holdsText(db, source.text, hash))) {
        outcome.reports.duplicates += 1;
        outcome.highlights.skipped += source.selections.length;
        continue;
      }
      taken.add(hash);
      const { record, text } = sourceRecords(source, parsed[index] ?? null, newId(), hash, sourceName, now);
      records.push(record);
      bodies.push(text);
      outcome.reports.added.push(record.id);
      for (const selection of source.selections) {
        let selectors;
        try {
          selectors = describeRange(source.text, selection.start, selection.end);
        } catch {
          outcome.highlights.skipped += 1;
          continue;
        }
        const themeIds = [...new Set(selection.codeGuids.flatMap((guid) => merge.themeIdOf.get(guid) ?? []))];
        const createdAt = selection.createdAt ?? now;
        highlights.push({ id: newId(), reportId: record.id, themeIds, note: selection.note, selectors, textHash: hash, createdAt, updatedAt: selection.modifiedAt ?? createdAt });
      }
    }
    await db.themes.bulkAdd(merge.added);
    await db.reports.bulkAdd(records);
    await db.reportTexts.bulkAdd(bodies);
    await db.highlights.bulkAdd(highlights);
    outcome.highlights.added = highlights.length;
    return outcome;
  });
}

/**
 * Brings a codebook (`.qdc`) into the library's codebook in one
 * transaction, as `importProject` does with a project's codes. Gives how
 * many codes became new themes and how many merged into existing ones.
 */
export async function importCodebook(db: LibraryDatabase, codebook: QdaCodebook, options: Pick<ImportProjectOptions, 'newId'> = {}): Promise<ProjectImport['themes']> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', db.themes, async () => {
    const merge = mergeCodes(await db.themes.toArray(), codebook.codes, { newId, colorFor: nextThemeColor });
    await db.themes.bulkAdd(merge.added);
    return { added: merge.added.length, merged: merge.merged };
  });
}
