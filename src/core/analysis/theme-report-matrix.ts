/**
 * How much of each report is coded with each theme: the numbers behind the
 * theme × report heat map.
 */
import type { Theme } from '../themes/theme';
import type { CodedPassage } from './coded-passage';
import { spanUnionLength } from './span-union';
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
 *
 * Made for tens of thousands of passages: each passage is looked at twice,
 * the spans of a cell are gathered into flat arrays (cell by cell, by their
 * counts) rather than into an object each, and each cell's union is taken
 * there.
 */
export function themeReportMatrix(passages: readonly CodedPassage[], themes: readonly Theme[], reports: readonly MatrixReport[], options: MatrixOptions = {}): ThemeReportMatrix {
  const rows = themeRows(themes, options.rollUp ?? false);
  const reportIds = reports.map((report) => report.id);
  const width = reportIds.length;
  const columnOf = new Map<string, number>();
  reportIds.forEach((id, column) => {
    if (!columnOf.has(id)) columnOf.set(id, column);
  });
  /** Cell `row * width + column`'s number of highlights. */
  const cellCounts = new Int32Array(rows.ids.length * width);
  // Every (passage, row) the passage counts in, once per row however many of the row's themes it carries: its cell and passage.
  const spanCells: number[] = [];
  const spanPassages: number[] = [];
  passages.forEach((passage, at) => {
    const column = columnOf.get(passage.reportId);
    if (column === undefined) return;
    const ids = passage.themeIds;
    for (let theme = 0; theme < ids.length; theme++) {
      const row = rows.rowOf.get(ids[theme]!);
      if (row === undefined) continue;
      let counted = false;
      for (let before = 0; before < theme && !counted; before++) counted = rows.rowOf.get(ids[before]!) === row;
      if (counted) continue;
      const cell = row * width + column;
      cellCounts[cell]! += 1;
      spanCells.push(cell);
      spanPassages.push(at);
    }
  });
  // The spans side by side, cell by cell: cell c's are from firstSpan[c] to firstSpan[c + 1].
  const firstSpan = new Int32Array(cellCounts.length + 1);
  for (let cell = 0; cell < cellCounts.length; cell++) firstSpan[cell + 1] = firstSpan[cell]! + cellCounts[cell]!;
  const nextSpan = firstSpan.slice(0, cellCounts.length);
  const starts = new Float64Array(spanCells.length);
  const ends = new Float64Array(spanCells.length);
  for (let span = 0; span < spanCells.length; span++) {
    const passage = passages[spanPassages[span]!]!;
    const into = nextSpan[spanCells[span]!]!++;
    starts[into] = passage.start;
    ends[into] = passage.end;
  }
  const counts: number[][] = [];
  const characters: number[][] = [];
  for (let row = 0; row < rows.ids.length; row++) {
    const rowCounts = new Array<number>(width);
    const rowCharacters = new Array<number>(width);
    for (let column = 0; column < width; column++) {
      const cell = row * width + column;
      rowCounts[column] = cellCounts[cell]!;
      rowCharacters[column] = cellCounts[cell] === 0 ? 0 : spanUnionLength(starts, ends, firstSpan[cell]!, firstSpan[cell + 1]!);
    }
    counts.push(rowCounts);
    characters.push(rowCharacters);
  }
  return { themeIds: rows.ids, members: rows.members, reportIds, counts, characters };
}

/** How many highlights each report has among `passages`, by report id, in first-seen order. */
export function highlightCounts(passages: readonly CodedPassage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const passage of passages) counts.set(passage.reportId, (counts.get(passage.reportId) ?? 0) + 1);
  return counts;
}
