/**
 * Excerpts as an Excel workbook: the excerpt table on the first sheet, the
 * theme × report counts on the second. The SpreadsheetML is written here
 * (`WorksheetWriter`, `SharedStrings`, `stylesXml`) and zipped with fflate
 * (`xlsxPackage`), all plain TypeScript, so the renderer and the CLI share
 * this writer. For 20,000 excerpts that takes about a fifth of the time and
 * a tenth of the heap exceljs took for the same workbook.
 *
 * Cells hold strings and numbers only, never formulas, so a text that starts
 * with `=` is shown as text: unlike CSV, XLSX needs no neutralising quote.
 */
import type { ExcerptExport } from '../excerpts/excerpt';
import { EXCERPT_COLUMNS, excerptRows, PATH_SEPARATOR, themeReportCounts, type ExcerptColumn, type ExcerptRow, type HeaderLanguage } from './excerpt-rows';
import { xlsxPackage, type XlsxSheet } from './xlsx-package';
import { SharedStrings } from './xlsx-shared-strings';
import { WorksheetWriter, type CellValue } from './xlsx-sheet-xml';
import { indentStyle, STYLE, stylesXml } from './xlsx-styles';

/** Options of `xlsxExcerpts`. */
export interface XlsxExcerptOptions {
  /** The language of headers and sheet names: `zh` (the default) or `en`. */
  headers?: HeaderLanguage;
}

/** The most characters an Excel cell holds. */
const CELL_LIMIT = 32767;

/** Column widths in characters (a Chinese character is about two), by column. */
const WIDTHS: Readonly<Record<ExcerptColumn['key'], number>> = {
  theme: 14,
  themePath: 24,
  excerpt: 60,
  note: 30,
  report: 28,
  place: 12,
  level: 6,
  year: 7,
  headingPath: 32,
  paragraph: 7,
  start: 8,
  end: 8,
  created: 25,
};

/** Columns whose text wraps in its cell rather than running on. */
const WRAPPED = new Set<ExcerptColumn['key']>(['excerpt', 'note']);

/** The words of the workbook in each header language. */
const WORDS = {
  zh: { excerpts: '摘录', counts: '主题×报告', theme: '主题', total: '合计', noTheme: '（未标主题）', highlights: '摘录数（每条一次）' },
  en: { excerpts: 'Excerpts', counts: 'Themes × reports', theme: 'Theme', total: 'Total', noTheme: '(no theme)', highlights: 'Highlights (each once)' },
} as const;

/** The RangeError for a text Excel cannot hold in one cell. */
const tooLong = (text: string, what: string): RangeError => new RangeError(`${what} has ${text.length} characters; an Excel cell holds at most ${CELL_LIMIT}`);

/** The time of the export as a Date, or a RangeError if it is not one. */
function exportTime(exportedAt: string): Date {
  const time = new Date(exportedAt);
  if (Number.isNaN(time.getTime())) throw new RangeError(`The export time ${JSON.stringify(exportedAt)} is not an ISO 8601 time`);
  return time;
}

/** Sheet 1: the excerpt table, its header row bold and frozen with filters, every cell top-aligned, excerpt and note wrapped. */
function excerptSheet(input: ExcerptExport, language: HeaderLanguage, strings: SharedStrings): XlsxSheet {
  const columns = EXCERPT_COLUMNS.map((column) => ({ width: WIDTHS[column.key], style: WRAPPED.has(column.key) ? STYLE.topWrapped : STYLE.top }));
  const sheet = new WorksheetWriter({ columns, frozenRows: 1, frozenColumns: 0, autoFilter: true, selected: true }, strings);
  const headerStyles = EXCERPT_COLUMNS.map((column) => (WRAPPED.has(column.key) ? STYLE.boldTopWrapped : STYLE.boldTop));
  sheet.addRow(
    EXCERPT_COLUMNS.map((column) => column[language]),
    headerStyles,
    STYLE.bold,
  );
  // One array of values, refilled for each row: 40,000 rows make no garbage here.
  // An empty text is an empty cell (addRow writes none), not a cell holding '', so Excel's filters list it as blank.
  const values: CellValue[] = EXCERPT_COLUMNS.map(() => null);
  const rows = excerptRows(input);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ExcerptRow;
    EXCERPT_COLUMNS.forEach(({ key, en }, column) => {
      const value = row[key];
      if (typeof value === 'string' && value.length > CELL_LIMIT) throw tooLong(value, `${en} of row ${index + 1}`);
      values[column] = value;
    });
    sheet.addRow(values);
  }
  return { name: WORDS[language].excerpts, bytes: sheet.bytes(), filterRange: sheet.filterRange() };
}

/** Sheet 2: highlights per theme (rows, in codebook order, indented by depth) and report (columns), with totals. */
function countsSheet(input: ExcerptExport, language: HeaderLanguage, strings: SharedStrings): XlsxSheet {
  const words = WORDS[language];
  const counts = themeReportCounts(input);
  const width = counts.reports.length + 2;
  const columns = Array.from({ length: width }, (_none, index) => ({ width: index === 0 ? 30 : 16, style: STYLE.normal }));
  const sheet = new WorksheetWriter({ columns, frozenRows: 1, frozenColumns: 1, autoFilter: false, selected: false }, strings);
  const header = [words.theme, ...counts.reports.map((report) => report.title), words.total];
  sheet.addRow(header, header.map(() => STYLE.boldTopWrapped), STYLE.boldTopWrapped);
  counts.themes.forEach((theme, index) => {
    const label = theme.id === null ? words.noTheme : theme.path.join(PATH_SEPARATOR);
    sheet.addRow([label, ...(counts.counts[index] ?? []), counts.themeTotals[index] ?? 0], [indentStyle(theme.depth)]);
  });
  const totals = [words.highlights, ...counts.reportTotals, counts.total];
  sheet.addRow(totals, totals.map(() => STYLE.bold), STYLE.bold);
  return { name: words.counts, bytes: sheet.bytes() };
}

/**
 * The excerpts as XLSX bytes. Sheet 1 (摘录 / Excerpts) is the excerpt table
 * of `excerptRows` under the `EXCERPT_COLUMNS` headers: header row bold and
 * frozen, filters on it, excerpt and note wrapped; year, paragraph, start
 * and end are numbers; an unknown year or an empty text is an empty cell; the creation time is
 * the ISO text. Sheet 2 (主题×报告 / Themes × reports) is `themeReportCounts`
 * with a total per theme and a last row of highlights per report, each once.
 * The workbook's created and modified times are `exportedAt`. Text loses the
 * characters XML cannot hold (control characters other than tab and line
 * breaks). Throws a RangeError when `exportedAt` is not a time or a text is
 * longer than an Excel cell holds (32,767 characters).
 */
export async function xlsxExcerpts(input: ExcerptExport, options: XlsxExcerptOptions = {}): Promise<Uint8Array> {
  const language = options.headers ?? 'zh';
  const created = exportTime(input.exportedAt);
  const strings = new SharedStrings();
  const sheets = [excerptSheet(input, language, strings), countsSheet(input, language, strings)];
  return xlsxPackage({ sheets, styles: stylesXml(), created, sharedStrings: strings.bytes() });
}
