/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) written row by row: text
 * cells as shared strings, numbers as numbers, a style index per cell. The
 * elements come in the order ECMA-376 sets (dimension, sheetViews,
 * sheetFormatPr, cols, sheetData, autoFilter, pageMargins), which Excel
 * holds to: out of order, it offers to repair the file.
 */
import type { SharedStrings } from './xlsx-shared-strings';
import { Utf8Chunks } from './xlsx-utf8-chunks';

/** The most rows an Excel sheet has. */
export const MAX_ROWS = 1_048_576;

/** A cell's content: text, a number, or nothing (an empty text or null writes no cell). */
export type CellValue = string | number | null;

/** A column: its width in characters and the format of its cells where none is written (`s` in `cellXfs`). */
export interface SheetColumn {
  width: number;
  style: number;
}

/** The parts of a worksheet that are not its rows. */
export interface SheetLayout {
  columns: readonly SheetColumn[];
  /** Rows and columns frozen at the top and left (0 for none). */
  frozenRows: number;
  frozenColumns: number;
  /** Filters on the first row, over every column and row written. */
  autoFilter: boolean;
  /** Whether the sheet is the one shown when the workbook opens. */
  selected: boolean;
}

/** `A`…`Z`, `AA`… for a column counted from 0. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** A cell reference such as `A1` for a column counted from 0 and a row counted from 1. */
export const cellName = (column: number, row: number): string => `${columnName(column)}${row}`;

/** The `<sheetView>` of a layout: the frozen pane and where the cursor stands. */
function sheetViewXml(layout: SheetLayout): string {
  const selected = layout.selected ? ' tabSelected="1"' : '';
  const { frozenRows: rows, frozenColumns: columns } = layout;
  if (rows === 0 && columns === 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellName(columns, rows + 1);
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

/** `<cols>`: each column's width and default format, neighbours alike sharing one `<col>`. */
function colsXml(columns: readonly SheetColumn[]): string {
  const parts: string[] = [];
  for (let first = 0; first < columns.length; ) {
    const column = columns[first] as SheetColumn;
    let last = first;
    while (last + 1 < columns.length && columns[last + 1]?.width === column.width && columns[last + 1]?.style === column.style) last++;
    const style = column.style === 0 ? '' : ` style="${column.style}"`;
    parts.push(`<col min="${first + 1}" max="${last + 1}" width="${column.width}"${style} customWidth="1"/>`);
    first = last + 1;
  }
  return parts.length === 0 ? '' : `<cols>${parts.join('')}</cols>`;
}

/**
 * Writes a worksheet: `addRow` for each row from the first, then `bytes`.
 * Text cells name the workbook's shared strings (`t="s"`), so a row's XML is
 * short ASCII whatever its text.
 */
export class WorksheetWriter {
  private readonly rows = new Utf8Chunks();
  private rowCount = 0;
  private widest = 0;
  /** The column names, worked out once. */
  private readonly names: string[];

  constructor(
    private readonly layout: SheetLayout,
    private readonly strings: SharedStrings,
  ) {
    this.names = layout.columns.map((_column, index) => columnName(index));
  }

  /**
   * Adds the next row: `values[i]` in column i with format `styles[i]` (the
   * column's format where `styles` has none). A finite number is a number
   * cell; a non-empty text a shared string; anything else no cell.
   * `rowStyle`, if given, formats the whole row (empty cells too). Throws a
   * RangeError past the last row Excel has (`MAX_ROWS`).
   */
  addRow(values: readonly CellValue[], styles: readonly number[] = [], rowStyle?: number): void {
    if (this.rowCount === MAX_ROWS) throw new RangeError(`An Excel sheet holds at most ${MAX_ROWS} rows`);
    const row = ++this.rowCount;
    let xml = rowStyle === undefined ? `<row r="${row}">` : `<row r="${row}" s="${rowStyle}" customFormat="1">`;
    for (let column = 0; column < values.length; column++) {
      const value = values[column];
      if (value === null || value === undefined || value === '') continue;
      const name = this.names[column] ?? (this.names[column] = columnName(column));
      const style = styles[column] ?? this.layout.columns[column]?.style ?? 0;
      const s = style === 0 ? '' : ` s="${style}"`;
      if (typeof value === 'string') xml += `<c r="${name}${row}"${s} t="s"><v>${this.strings.index(value)}</v></c>`;
      else if (Number.isFinite(value)) xml += `<c r="${name}${row}"${s}><v>${value}</v></c>`;
    }
    this.rows.push(`${xml}</row>`);
    if (values.length > this.widest) this.widest = values.length;
  }

  /** The last cell written, bottom right, counting the layout's columns even if empty; `A1` for an empty sheet. */
  private lastCell(): { column: number; row: number } {
    return { column: Math.max(this.widest, this.layout.columns.length, 1) - 1, row: Math.max(this.rowCount, 1) };
  }

  /** The range the filters cover, every column and row written, as a defined name holds it: `$A$1:$M$40`. */
  filterRange(): string {
    const last = this.lastCell();
    return `$A$1:$${columnName(last.column)}$${last.row}`;
  }

  /** The part, UTF-8. */
  bytes(): Uint8Array {
    const { layout } = this;
    const last = this.lastCell();
    const range = `A1:${cellName(last.column, last.row)}`;
    const before = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      `<dimension ref="${range}"/>`,
      sheetViewXml(layout),
      '<sheetFormatPr defaultRowHeight="15"/>',
      colsXml(layout.columns),
      '<sheetData>',
    ];
    const after = [
      '</sheetData>',
      layout.autoFilter ? `<autoFilter ref="${range}"/>` : '',
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      '</worksheet>',
    ];
    return this.rows.bytes(before.join(''), after.join(''));
  }
}
