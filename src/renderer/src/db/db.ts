/**
 * The library database: one typed Dexie module over IndexedDB.
 *
 * Report metadata (`reports`) is kept apart from report text (`reportTexts`)
 * so that listing thousands of reports never loads their bodies. Highlights
 * and themes have their tables from the first version on, so annotations
 * arrive without a data migration.
 *
 * Version 3 kept a search index of each report's character pairs; version 4
 * dropped it: writing it was nine tenths of an import's write, and a search
 * now indexes the texts it reads in memory (features/search), by position,
 * which a stored list of pairs could not give.
 *
 * Every `version(n)` stays here forever; a change of schema is a new version
 * with an `.upgrade()` step and a test that opens the version before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import { readOnlyGuard } from './read-only-guard';
import type { Block, HiddenLine, ParseResult, PlaceLevel } from '../../../core/report/report';
import type { HighlightSelectors } from '../../../core/anchoring/selectors';
import type { Theme } from '../../../core/themes/theme';

/** A report's metadata: what the library list shows. */
export interface ReportRecord {
  id: string;
  title: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  year: number | null;
  /** The wider area the title names before the place (`湖北恩施利川市`), if any. Version 2. */
  region: string | null;
  /** Delivery date from the venue line, `YYYY-MM-DD` (会议日期). Version 2. */
  date: string | null;
  /** When the page carrying the report was published, as the page writes it (发布时间). Version 2. */
  published: string | null;
  /** Who delivered the report (报告人). Version 2. */
  speaker: string | null;
  /** Where the report was published (来源). Version 2. */
  source: string | null;
  /** Who wrote up the page (作者). Version 2. */
  author: string | null;
  /** A page's summary (核心提示), kept apart from the text. Version 2. */
  summary: string | null;
  /** True when the body was cut off (a paywall, a truncated file). Version 2. */
  incomplete: boolean;
  /** Title of the compilation (汇编) the report came in, or null. Version 2. */
  compilationTitle: string | null;
  /** Things the analyst may want to know about the report or its file. Version 2. */
  warnings: string[];
  /** Length of the report's plain text in UTF-16 code units (≈ characters). */
  size: number;
  /** SHA-256 (hex) of the imported file's bytes: the same file is recognised. */
  sourceHash: string;
  /** Position of this report within its file (a compilation holds several). */
  sourceIndex: number;
  sourceName: string;
  /** The text encoding the file was decoded from, or its container format (docx, pdf). */
  encoding: ParseResult['encoding'];
  /** ISO 8601 time of import. */
  importedAt: string;
  /** True for the sample report the app ships. */
  sample: boolean;
}

/** A report's normalised plain text and its structure. */
export interface ReportTextRecord {
  reportId: string;
  text: string;
  blocks: Block[];
  /** Lines taken out of the text as debris (site chrome, paywall…), kept and shown on demand. Version 2. */
  hidden: HiddenLine[];
}

/** One highlighted passage of a report, with its themes and note. */
export interface HighlightRecord {
  id: string;
  reportId: string;
  themeIds: string[];
  note: string;
  selectors: HighlightSelectors;
  /** SHA-256 (hex) of the plain text the selectors were made against. */
  textHash: string;
  createdAt: string;
  updatedAt: string;
}

/** A theme of the codebook, stored as core defines it (src/core/themes/theme.ts). */
export type ThemeRecord = Theme;

/** Small app-wide facts kept with the library (e.g. that the sample was added). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Gives a report stored before version 2 the defaults an import of version 2 gives (changes it in place). */
export function withVersion2Report(report: Partial<ReportRecord>): void {
  for (const key of ['region', 'date', 'published', 'speaker', 'source', 'author', 'summary', 'compilationTitle'] as const) report[key] ??= null;
  report.incomplete ??= false;
  report.warnings ??= [];
}

/** Gives a report's text stored before version 2 its list of hidden lines (changes it in place). */
export function withVersion2Text(body: Partial<ReportTextRecord>): void {
  body.hidden ??= [];
}

/** The database name; one library per browser profile or desktop user. */
export const DATABASE_NAME = 'report-library';

export class LibraryDatabase extends Dexie {
  reports!: EntityTable<ReportRecord, 'id'>;
  reportTexts!: EntityTable<ReportTextRecord, 'reportId'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  themes!: EntityTable<ThemeRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  /** False once the library is found to belong to a newer app (db/library-access): every write is then refused. */
  private writable = true;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.use(readOnlyGuard(() => this.writable));
    this.version(1).stores({
      reports: 'id, &[sourceHash+sourceIndex], sourceHash, title, place, year, size, importedAt',
      reportTexts: 'reportId',
      highlights: 'id, reportId, *themeIds, createdAt',
      themes: 'id, parentId, order',
      settings: 'key',
    });
    // Version 2: report metadata beyond title, place and year, and hidden lines. No index changes;
    // the upgrade gives reports imported before the defaults a fresh import would have had nothing for.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('reports').toCollection().modify(withVersion2Report);
        await tx.table('reportTexts').toCollection().modify(withVersion2Text);
      });
    // Version 3 added the search index (`++key, &reportId, *grams`), and its upgrade indexed the
    // reports already stored; version 4 deletes the table, so that upgrade, whose work version 4
    // throws away, is no longer run.
    this.version(3).stores({ searchIndex: '++key, &reportId, *grams' });
    this.version(4).stores({ searchIndex: null });
  }

  /** From now on every write is refused with a ReadOnlyLibraryError, and nothing stored changes. */
  refuseWrites(): void {
    this.writable = false;
  }

  /** Whether writes are accepted (see {@link refuseWrites}). */
  get isWritable(): boolean {
    return this.writable;
  }
}
