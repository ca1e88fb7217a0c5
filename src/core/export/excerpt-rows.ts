/**
 * Excerpts as a table, for the spreadsheet exports: one row per excerpt and
 * theme under the columns the CSV and XLSX writers share, and the theme ×
 * report counts the XLSX adds as its second sheet.
 */
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import type { Theme } from '../themes/theme';
import { themePath } from '../themes/theme-path';
import { themeTree, type ThemeNode } from '../themes/theme-tree';

/** What joins the parts of a theme path or a heading path in one cell (`乡村振兴 › 粮食安全`). */
export const PATH_SEPARATOR = ' › ';

/**
 * One line of the table: an excerpt under one of its themes. Text cells are
 * strings ('' where the citation has nothing); `year` is null when the report
 * has none. `paragraph`, `start` and `end` are the citation's paragraph
 * (0 outside any paragraph) and the passage's UTF-16 offsets in the report's
 * normalised text, as in `Excerpt`.
 */
export interface ExcerptRow {
  theme: string;
  themePath: string;
  excerpt: string;
  note: string;
  report: string;
  place: string;
  level: string;
  year: number | null;
  headingPath: string;
  paragraph: number;
  start: number;
  end: number;
  /** The highlight's creation time, ISO 8601 as stored. */
  created: string;
}

/** A column of the excerpt table: the row field it shows and its header in either language. */
export interface ExcerptColumn {
  key: keyof ExcerptRow;
  zh: string;
  en: string;
}

/** The columns of every spreadsheet export, in order. */
export const EXCERPT_COLUMNS: readonly ExcerptColumn[] = [
  { key: 'theme', zh: '主题', en: 'Theme' },
  { key: 'themePath', zh: '主题路径', en: 'Theme path' },
  { key: 'excerpt', zh: '摘录', en: 'Excerpt' },
  { key: 'note', zh: '批注', en: 'Note' },
  { key: 'report', zh: '报告', en: 'Report' },
  { key: 'place', zh: '地点', en: 'Place' },
  { key: 'level', zh: '层级', en: 'Level' },
  { key: 'year', zh: '年份', en: 'Year' },
  { key: 'headingPath', zh: '标题路径', en: 'Heading path' },
  { key: 'paragraph', zh: '段落', en: 'Paragraph' },
  { key: 'start', zh: '起', en: 'Start' },
  { key: 'end', zh: '止', en: 'End' },
  { key: 'created', zh: '创建时间', en: 'Created' },
];

/** Which language a spreadsheet's headers (and sheet names) are written in. */
export type HeaderLanguage = 'zh' | 'en';

/** A theme's name and path as the table writes it; a theme id the codebook lacks is written as itself. */
interface ThemeLabel {
  name: string;
  path: string;
}

/** The distinct ids of an excerpt's themes, in the analyst's order. */
const themeIdsOf = (excerpt: Excerpt): string[] => [...new Set(excerpt.themeIds)];

/** Labels every theme id named by the codebook or by an excerpt. */
function themeLabels(input: ExcerptExport): Map<string, ThemeLabel> {
  const labels = new Map<string, ThemeLabel>();
  for (const theme of input.themes) labels.set(theme.id, { name: theme.name, path: themePath(input.themes, theme.id).join(PATH_SEPARATOR) });
  for (const excerpt of input.excerpts) {
    for (const id of excerpt.themeIds) if (!labels.has(id)) labels.set(id, { name: id, path: id });
  }
  return labels;
}

/**
 * The table of the export: for each excerpt in the given order, one row per
 * theme in the analyst's order (a theme given twice counts once). A theme id
 * the codebook lacks is written by id in both theme columns, as
 * `ExcerptExport` promises; an excerpt with no theme at all has one row with
 * both theme columns empty. Throws the RangeError of `themePath` when the
 * codebook's themes are nested in a cycle.
 */
export function excerptRows(input: ExcerptExport): ExcerptRow[] {
  const labels = themeLabels(input);
  return input.excerpts.flatMap((excerpt) => {
    const { citation } = excerpt;
    const cells = {
      excerpt: excerpt.text,
      note: excerpt.note,
      report: citation.reportTitle,
      place: citation.place ?? '',
      level: citation.placeLevel ?? '',
      year: citation.year,
      headingPath: citation.headingPath.join(PATH_SEPARATOR),
      paragraph: citation.paragraph,
      start: excerpt.start,
      end: excerpt.end,
      created: excerpt.createdAt,
    };
    const ids = themeIdsOf(excerpt);
    if (ids.length === 0) return [{ theme: '', themePath: '', ...cells }];
    return ids.map((id) => {
      const label = labels.get(id) as ThemeLabel;
      return { theme: label.name, themePath: label.path, ...cells };
    });
  });
}

/** A row of the counts: a theme of the codebook, a theme id it lacks, or (id null) the excerpts with no theme. */
export interface ThemeCountRow {
  id: string | null;
  /** Names from the top-level theme down (`['乡村振兴', '粮食安全']`); `[id]` for an id the codebook lacks; empty for no theme. */
  path: string[];
  /** How deep the theme is nested, 0 at the top level (and for the rows that are not codebook themes). */
  depth: number;
}

/** A report, a column of the counts. */
export interface ReportColumn {
  id: string;
  /** The title the report's first excerpt cites. */
  title: string;
}

/**
 * How many highlights each report has under each theme. `counts[row][column]`
 * counts the highlights of `reports[column]` that carry `themes[row]`; a
 * highlight with several themes counts in each of their rows, so a report's
 * `reportTotals` entry (each highlight once) can be less than its column's sum.
 */
export interface ThemeReportCounts {
  themes: ThemeCountRow[];
  reports: ReportColumn[];
  counts: number[][];
  /** Highlights per theme row, over all reports. */
  themeTotals: number[];
  /** Highlights per report, each once whatever its themes. */
  reportTotals: number[];
  /** Highlights in the export, each once. */
  total: number;
}

/** The codebook's themes as count rows, in tree order: each theme, then the themes nested under it. */
function codebookRows(themes: readonly Theme[]): ThemeCountRow[] {
  const rows: ThemeCountRow[] = [];
  const visit = (node: ThemeNode, path: string[], depth: number): void => {
    const row = { id: node.theme.id, path: [...path, node.theme.name], depth };
    rows.push(row);
    for (const child of node.children) visit(child, row.path, depth + 1);
  };
  for (const root of themeTree(themes)) visit(root, [], 0);
  return rows;
}

/**
 * The theme × report matrix of highlight counts: a row for every theme of the
 * codebook in tree order (those with no highlight too), then a row for each
 * theme id the codebook lacks in the order first met, then, if any highlight
 * has no theme, a row with id null. Columns are the reports in the order
 * their first excerpt comes. An excerpt repeated with the same highlight id
 * counts once. Throws the RangeError of `themeTree` for a broken codebook.
 */
export function themeReportCounts(input: ExcerptExport): ThemeReportCounts {
  const themes = codebookRows(input.themes);
  const rowOf = new Map<string | null, number>(themes.map((row, index) => [row.id, index]));
  const reports: ReportColumn[] = [];
  const columnOf = new Map<string, number>();
  const counted = new Set<string>();
  const tallies: Array<{ ids: Array<string | null>; column: number }> = [];
  for (const excerpt of input.excerpts) {
    if (counted.has(excerpt.highlightId)) continue;
    counted.add(excerpt.highlightId);
    const { reportId, reportTitle } = excerpt.citation;
    if (!columnOf.has(reportId)) {
      columnOf.set(reportId, reports.length);
      reports.push({ id: reportId, title: reportTitle });
    }
    const ids = themeIdsOf(excerpt);
    for (const id of ids) {
      if (!rowOf.has(id)) {
        rowOf.set(id, themes.length);
        themes.push({ id, path: [id], depth: 0 });
      }
    }
    tallies.push({ ids: ids.length > 0 ? ids : [null], column: columnOf.get(reportId) as number });
  }
  if (tallies.some((tally) => tally.ids[0] === null)) {
    rowOf.set(null, themes.length);
    themes.push({ id: null, path: [], depth: 0 });
  }
  const counts = themes.map(() => reports.map(() => 0));
  const reportTotals = reports.map(() => 0);
  for (const { ids, column } of tallies) {
    reportTotals[column] = (reportTotals[column] as number) + 1;
    for (const id of ids) {
      const line = counts[rowOf.get(id) as number] as number[];
      line[column] = (line[column] as number) + 1;
    }
  }
  const themeTotals = counts.map((line) => line.reduce((sum, count) => sum + count, 0));
  return { themes, reports, counts, themeTotals, reportTotals, total: counted.size };
}
