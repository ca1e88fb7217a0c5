/**
 * Excerpts as an Excel workbook: the excerpt table on the first sheet, the
 * theme × report counts on the second. Written with exceljs, which runs in
 * Node (its CommonJS build) and in the browser (bundlers pick its
 * self-contained `dist/exceljs.min.js` through the package's `browser`
 * field), so the renderer and the CLI share this writer.
 *
 * Cells hold strings and numbers only, never formulas, so a text that starts
 * with `=` is shown as text: unlike CSV, XLSX needs no neutralising quote.
 */
import ExcelJS from 'exceljs';
import type { ExcerptExport } from '../excerpts/excerpt';
import { EXCERPT_COLUMNS, excerptRows, PATH_SEPARATOR, themeReportCounts, type ExcerptColumn, type HeaderLanguage } from './excerpt-rows';

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

/** Throws a RangeError for a text Excel cannot hold in one cell. */
function checkCellText(text: string, what: string): string {
  if (text.length > CELL_LIMIT) throw new RangeError(`${what} has ${text.length} characters; an Excel cell holds at most ${CELL_LIMIT}`);
  return text;
}

/** The time of the export as a Date, or a RangeError if it is not one. */
function exportTime(exportedAt: string): Date {
  const time = new Date(exportedAt);
  if (Number.isNaN(time.getTime())) throw new RangeError(`The export time ${JSON.stringify(exportedAt)} is not an ISO 8601 time`);
  return time;
}

/** Sheet 1: the excerpt table, its header row bold and frozen, excerpt and note wrapped. */
function addExcerptSheet(workbook: ExcelJS.Workbook, input: ExcerptExport, language: HeaderLanguage): void {
  const sheet = workbook.addWorksheet(WORDS[language].excerpts, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = EXCERPT_COLUMNS.map((column) => ({
    header: column[language],
    key: column.key,
    width: WIDTHS[column.key],
    style: { alignment: { vertical: 'top', wrapText: WRAPPED.has(column.key) } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [index, row] of excerptRows(input).entries()) {
    const values = Object.fromEntries(
      EXCERPT_COLUMNS.map(({ key, en }) => {
        const value = row[key];
        // An empty text is an empty cell, not a cell holding '' (Excel's filters then list it as blank).
        return [key, value === '' ? null : typeof value === 'string' ? checkCellText(value, `${en} of row ${index + 1}`) : value];
      }),
    );
    sheet.addRow(values);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXCERPT_COLUMNS.length } };
}

/** Sheet 2: highlights per theme (rows, in codebook order) and report (columns), with totals. */
function addCountsSheet(workbook: ExcelJS.Workbook, input: ExcerptExport, language: HeaderLanguage): void {
  const words = WORDS[language];
  const counts = themeReportCounts(input);
  const sheet = workbook.addWorksheet(words.counts, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow([words.theme, ...counts.reports.map((report) => report.title), words.total]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true };
  counts.themes.forEach((theme, index) => {
    const label = theme.id === null ? words.noTheme : theme.path.join(PATH_SEPARATOR);
    const row = sheet.addRow([label, ...(counts.counts[index] ?? []), counts.themeTotals[index] ?? 0]);
    row.getCell(1).alignment = { indent: theme.depth };
  });
  const totals = sheet.addRow([words.highlights, ...counts.reportTotals, counts.total]);
  totals.font = { bold: true };
  sheet.getColumn(1).width = 30;
  for (let column = 2; column <= counts.reports.length + 2; column++) sheet.getColumn(column).width = 16;
}

/**
 * The excerpts as XLSX bytes. Sheet 1 (摘录 / Excerpts) is the excerpt table
 * of `excerptRows` under the `EXCERPT_COLUMNS` headers: header row bold and
 * frozen, filters on it, excerpt and note wrapped; year, paragraph, start
 * and end are numbers; an unknown year or an empty text is an empty cell; the creation time is
 * the ISO text. Sheet 2 (主题×报告 / Themes × reports) is `themeReportCounts`
 * with a total per theme and a last row of highlights per report, each once.
 * The workbook's created and modified times are `exportedAt`. Throws a
 * RangeError when `exportedAt` is not a time or a text is longer than an
 * Excel cell holds (32,767 characters).
 */
export async function xlsxExcerpts(input: ExcerptExport, options: XlsxExcerptOptions = {}): Promise<Uint8Array> {
  const language = options.headers ?? 'zh';
  const time = exportTime(input.exportedAt);
  const workbook = new ExcelJS.Workbook();
  workbook.created = time;
  workbook.modified = time;
  addExcerptSheet(workbook, input, language);
  addCountsSheet(workbook, input, language);
  const written = await workbook.xlsx.writeBuffer();
  // Typed as an ArrayBuffer, but a Node Buffer in Node and the bundled Buffer shim in the browser, both
  // Uint8Arrays (a Node Buffer may sit in a shared pool): copying the elements gives exactly the file's bytes.
  return new Uint8Array(written);
}
