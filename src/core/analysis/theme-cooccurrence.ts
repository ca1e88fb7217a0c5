/**
 * Which themes share passages. Two themes meet on a passage in two ways, and
 * both are counted, apart:
 *
 * - **shared**: one highlight carries both themes. `shared[a][b]` is the
 *   number of highlights carrying theme `a` and theme `b`; the diagonal
 *   `shared[a][a]` is the number of highlights carrying `a` at all.
 * - **overlapping**: two different highlights in the same report overlap
 *   (share at least one character: `x.start < y.end && y.start < x.end`),
 *   one carrying `a` and the other `b`. `overlapping[a][b]` is the number of
 *   such pairs of highlights; a pair counts once for a pair of themes even
 *   when both highlights carry both themes. Highlights that merely touch
 *   (one ends where the other starts) do not overlap. The diagonal is 0.
 *
 * `together[a][b]` is `shared + overlapping`: the number of times the
 * analyst put the two themes on the same text. All three are symmetric.
 * Rolled up, a nested theme counts as its top-level theme, so two children
 * of one parent never meet each other (they are the same row).
 */
import type { Theme } from '../themes/theme';
import type { CodedPassage } from './coded-passage';
import { themeRows } from './theme-rows';

/** Theme × theme counts, rows and columns both `themeIds` (see the module comment for what they count). */
export interface ThemeCooccurrence {
  themeIds: string[];
  /** For every row, the themes counted in it (the row's own first); more than one only when rolled up. */
  members: string[][];
  shared: number[][];
  overlapping: number[][];
  together: number[][];
  /** For every pair of rows, the reports where they met (either way), each once; empty on the diagonal. */
  reportIds: string[][][];
}

/** How the counts are made. */
export interface CooccurrenceOptions {
  /** Count nested themes as their top-level theme (default false). */
  rollUp?: boolean;
}

function square<T>(size: number, fill: () => T): T[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, fill));
}

/**
 * The co-occurrence of `themes` (rows and columns in the order given) over
 * `passages`. Themes not in the codebook are left out.
 */
export function themeCooccurrence(passages: Iterable<CodedPassage>, themes: readonly Theme[], options: CooccurrenceOptions = {}): ThemeCooccurrence {
  const rows = themeRows(themes, options.rollUp ?? false);
  const size = rows.ids.length;
  const shared = square(size, () => 0);
  const overlapping = square(size, () => 0);
  const reportSets = square(size, () => new Set<string>());

  // Each passage's rows, once each, grouped by report for the overlap sweep.
  const byReport = new Map<string, { start: number; end: number; rows: number[] }[]>();
  for (const passage of passages) {
    const passageRows = [...new Set(passage.themeIds.map((id) => rows.rowOf.get(id)).filter((row): row is number => row !== undefined))].sort((a, b) => a - b);
    if (passageRows.length === 0) continue;
    for (const a of passageRows) {
      shared[a]![a]! += 1;
      for (const b of passageRows) {
        if (b <= a) continue;
        shared[a]![b]! += 1;
        shared[b]![a]! += 1;
        reportSets[a]![b]!.add(passage.reportId);
      }
    }
    let list = byReport.get(passage.reportId);
    if (!list) byReport.set(passage.reportId, (list = []));
    if (passage.end > passage.start) list.push({ start: passage.start, end: passage.end, rows: passageRows });
  }

  for (const [reportId, list] of byReport) {
    list.sort((x, y) => x.start - y.start || x.end - y.end);
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.start < x.end; j++) {
        const y = list[j]!;
        // The pairs of rows this pair of highlights brings together, each once.
        const met = new Set<number>();
        for (const a of x.rows) {
          for (const b of y.rows) {
            if (a !== b) met.add(a < b ? a * size + b : b * size + a);
          }
        }
        for (const key of met) {
          const a = Math.floor(key / size);
          const b = key - a * size;
          overlapping[a]![b]! += 1;
          overlapping[b]![a]! += 1;
          reportSets[a]![b]!.add(reportId);
        }
      }
    }
  }

  const together = shared.map((row, a) => row.map((count, b) => (a === b ? count : count + overlapping[a]![b]!)));
  const reportIds = reportSets.map((row, a) => row.map((_, b) => (a === b ? [] : [...reportSets[Math.min(a, b)]![Math.max(a, b)]!])));
  return { themeIds: rows.ids, members: rows.members, shared, overlapping, together, reportIds };
}
