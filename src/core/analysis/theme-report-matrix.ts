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

/** Each report's passages, by report id (in first-seen order): what the matrix reads its columns from, and how many highlights each report has. */
export function passagesByReport(passages: Iterable<CodedPassage>): Map<string, CodedPassage[]> {
  const byReport = new Map<string, CodedPassage[]>();
  for (const passage of passages) {
    const list = byReport.get(passage.reportId);
    if (list) list.push(passage);
    else byReport.set(passage.reportId, [passage]);
  }
  return byReport;
}

/**
 * The matrix of the passages of `byReport` (see `passagesByReport`) over
 * `themes` (rows, in the order given: give them in codebook order) and
 * `reports` (columns, in the order given: sort them first, see
 * report-order.ts; a report listed twice has its passages in its first
 * column). Passages of reports not in the list, and themes not in the
 * codebook, are left out.
 *
 * Made for tens of thousands of passages: the matrix is filled a column at
 * a time from the report's own passages, each row's spans gathered into
 * flat arrays reused from column to column, and each cell's union taken
 * there, rather than an object made for each span and each cell.
 */
export function themeReportMatrix(
  byReport: ReadonlyMap<string, readonly CodedPassage[]>,
  themes: readonly Theme[],
  reports: readonly MatrixReport[],
  options: MatrixOptions = {},
): ThemeReportMatrix {
  const rows = themeRows(themes, options.rollUp ?? false);
  const reportIds = reports.map((report) => report.id);
  const counts = rows.ids.map(() => new Array<number>(reportIds.length).fill(0));
  const characters = rows.ids.map(() => new Array<number>(reportIds.length).fill(0));
  // The column in hand: for each row, its spans so far (grown as needed) and how many.
  const starts = rows.ids.map(() => new Float64Array(16));
  const ends = rows.ids.map(() => new Float64Array(16));
  const filled = new Int32Array(rows.ids.length);
  const seen = new Set<string>();
  reportIds.forEach((id, column) => {
    const passages = byReport.get(id);
    if (!passages || seen.has(id)) return;
    seen.add(id);
    filled.fill(0);
    for (const passage of passages) {
      const ids = passage.themeIds;
      for (let theme = 0; theme < ids.length; theme++) {
        const row = rows.rowOf.get(ids[theme]!);
        if (row === undefined) continue;
        // A passage counts once per row, however many of the row's themes it carries.
        let counted = false;
        for (let before = 0; before < theme && !counted; before++) counted = rows.rowOf.get(ids[before]!) === row;
        if (counted) continue;
        const at = filled[row]!;
        if (at === starts[row]!.length) {
          starts[row] = grown(starts[row]!);
          ends[row] = grown(ends[row]!);
        }
        starts[row]![at] = passage.start;
        ends[row]![at] = passage.end;
        filled[row] = at + 1;
      }
    }
    for (let row = 0; row < rows.ids.length; row++) {
      if (filled[row] === 0) continue;
      counts[row]![column] = filled[row]!;
      characters[row]![column] = spanUnionLength(starts[row]!, ends[row]!, 0, filled[row]);
    }
  });
  return { themeIds: rows.ids, members: rows.members, reportIds, counts, characters };
}

/** `spans` copied into an array twice as long. */
function grown(spans: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const longer = new Float64Array(spans.length * 2);
  longer.set(spans);
  return longer;
}
