/**
 * The library database: one typed Dexie module over IndexedDB.
 *
 * Report metadata (`reports`) is kept apart from report text (`reportTexts`)
 * so that listing thousands of reports never loads their bodies. Highlights
 * and themes have their tables from the first version on, so annotations
 * arrive without a data migration.
 *
 * Every `version(n)` stays here forever; a change of schema is a new version
 * with an `.upgrade()` step and a test that opens the version before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Block, PlaceLevel, TextEncodingName } from '../../../core/report/report';

/** A report's metadata: what the library list shows. */
export interface ReportRecord {
  id: string;
  title: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  year: number | null;
  /** Length of the report's plain text in UTF-16 code units (≈ characters). */
  size: number;
  /** SHA-256 (hex) of the imported file's bytes: the same file is recognised. */
  sourceHash: string;
  /** Position of this report within its file (a compilation holds several). */
  sourceIndex: number;
  sourceName: string;
  encoding: TextEncodingName;
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
}

/** Where a highlight sits: a position and a quote over the report's plain text. */
export interface HighlightSelectors {
  position: { start: number; end: number };
  quote: { exact: string; prefix: string; suffix: string };
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

/** A theme of the codebook. */
export interface ThemeRecord {
  id: string;
  name: string;
  color: string;
  description: string;
  keywords: string[];
  parentId: string | null;
  order: number;
}

/** Small app-wide facts kept with the library (e.g. that the sample was added). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The database name; one library per browser profile or desktop user. */
export const DATABASE_NAME = 'report-library';

export class LibraryDatabase extends Dexie {
  reports!: EntityTable<ReportRecord, 'id'>;
  reportTexts!: EntityTable<ReportTextRecord, 'reportId'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  themes!: EntityTable<ThemeRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      reports: 'id, &[sourceHash+sourceIndex], sourceHash, title, place, year, size, importedAt',
      reportTexts: 'reportId',
      highlights: 'id, reportId, *themeIds, createdAt',
      themes: 'id, parentId, order',
      settings: 'key',
    });
  }
}
