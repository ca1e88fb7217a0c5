/**
 * How much of each report is coded with each theme: the numbers behind the
 * theme × report heat map.
 */
import type { Theme } from '../themes/theme';
import { unionLength, type CodedPassage } from './coded-passage';
import { themeRows } from './theme-rows';

/** What the matrix needs of a report: its id (the rest is for labels and order, see report-order.ts). */
export interface MatrixReport {
  id: string;
}

/**
 * Theme × report counts. Row `i` is theme `themeIds[i]`, column `j` is report
 * `reportIds[j]`; `counts[i][j]` is the number of highlights in the report
 * carrying the theme (or, rolled up, the theme or one nested under it: a
 * highlight counts once per row however many of the row's themes it
 * carries); `characters[i][j]` is how many characters of the report those
 * highlights cover, overlapping highlights counted once (the length of the
 * union of their ranges, in UTF-16 code units).
 */
export interface ThemeReportMatrix {
  themeIds: string[];
  /** For every row, the themes counted in it (the row's own first); more than one only when rolled up. */
  members: string[][];
  reportIds: string[];
  counts: number[][];
  characters: number[][];
}

/** How the matrix is made. */
export interface MatrixOptions {
  /** Count nested themes in their top-level theme's row, which then stands alone (default false). */
  rollUp?: boolean;
}

/**
 * The matrix of `passages` over `themes` (rows, in the order given: give them
 * in codebook order) and `reports` (columns, in the order given: sort them
 * first, see report-order.ts). Passages of reports not in the list, and
 * themes not in the codebook, are left out.
 */
export function themeReportMatrix(passages: Iterable<CodedPassage>, themes: readonly Theme[], reports: readonly MatrixReport[], options: MatrixOptions = {}): ThemeReportMatrix {
  const rows = themeRows(themes, options.rollUp ?? false);
  const reportIds = reports.map((report) => report.id);
  const columnOf = new Map<string, number>();
  reportIds.forEach((id, column) => {
    if (!columnOf.has(id)) columnOf.set(id, column);
  });
  const counts = rows.ids.map(() => new Array<number>(reportIds.length).fill(0));
  const characters = rows.ids.map(() => new Array<number>(reportIds.length).fill(0));
  // The ranges of every cell that has any, to be merged once everything is gathered.
  const ranges = new Map<number, { start: number; end: number }[]>();
  for (const passage of passages) {
    const column = columnOf.get(passage.reportId);
    if (column === undefined) continue;
    const passageRows = new Set<number>();
    for (const id of passage.themeIds) {
      const row = rows.rowOf.get(id);
      if (row !== undefined) passageRows.add(row);
    }
    for (const row of passageRows) {
      counts[row]![column]! += 1;
      const key = row * reportIds.length + column;
      let cell = ranges.get(key);
      if (!cell) ranges.set(key, (cell = []));
      cell.push({ start: passage.start, end: passage.end });
    }
  }
  for (const [key, cell] of ranges) {
    const row = Math.floor(key / reportIds.length);
    characters[row]![key - row * reportIds.length] = unionLength(cell);
  }
  return { themeIds: rows.ids, members: rows.members, reportIds, counts, characters };
}

/** The reports (ids) that have at least one highlight among `passages`, in first-seen order. */
export function codedReportIds(passages: Iterable<CodedPassage>): Set<string> {
  const ids = new Set<string>();
  for (const passage of passages) ids.add(passage.reportId);
  return ids;
}
