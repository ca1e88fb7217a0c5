/**
 * The rows of the search results list: a header for each report, then its
 * first matches, then a row to show more (or fewer). A flat list of rows of
 * a few kinds is what the virtualised list draws, so thousands of reports
 * with thousands of matches scroll as smoothly as ten.
 */
import { listable, listMatches, LISTED_MATCHES, type ReportMatches, type SearchMatch } from './search-library';

/** Matches shown under a report until the analyst asks for more. */
export const MATCHES_SHOWN = 3;

/** One row of the results list; `key` is stable across re-renders and new results. */
export type SearchRow =
  | { kind: 'report'; key: string; result: ReportMatches }
  | { kind: 'match'; key: string; result: ReportMatches; match: SearchMatch }
  | {
      kind: 'more';
      key: string;
      result: ReportMatches;
      /** Matches with a context not shown yet (0 when expanded). */
      hidden: number;
      /** Matches counted but not given with a context: to be seen in the report. */
      unlisted: number;
      expanded: boolean;
    };

/**
 * The rows for `results`: every report's header and its first `shown`
 * matches, or all it can list (`listMatches`) when its id is in `expanded`.
 */
export function searchRows(results: readonly ReportMatches[], expanded: ReadonlySet<string>, shown = MATCHES_SHOWN): SearchRow[] {
  const rows: SearchRow[] = [];
  for (const result of results) {
    const id = result.report.id;
    rows.push({ kind: 'report', key: `r:${id}`, result });
    const open = expanded.has(id);
    const listed = open ? listMatches(result, LISTED_MATCHES) : result.matches.slice(0, shown);
    for (const match of listed) rows.push({ kind: 'match', key: `m:${id}:${match.start}`, result, match });
    const hidden = listable(result) - listed.length;
    const unlisted = result.count - listed.length;
    if (hidden > 0 || (open && (unlisted > 0 || listed.length > shown))) {
      rows.push({ kind: 'more', key: `x:${id}`, result, hidden, unlisted: open ? unlisted : 0, expanded: open });
    }
  }
  return rows;
}

/** The index of the next row after (`step` 1) or before (`step` -1) `from` that can take the focus, or -1. */
export function nextFocusableRow(rows: readonly SearchRow[], from: number, step: 1 | -1): number {
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.kind !== 'more') return index;
  }
  return -1;
}
