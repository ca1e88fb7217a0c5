/**
 * The library as the kill test compares it: what each report, highlight and
 * theme is, without the ids and times the app makes up (a report is named by
 * its file and its place in it, `汇编.txt#1`), read from the app's database
 * in one read transaction, so it is one moment of the library. Reading it
 * also lists what no action should ever leave behind: a report without its
 * text, a text without its report, a highlight without its report or with a
 * theme the codebook lacks, a theme under a parent that is gone. Runs in the
 * app's page (bundled with write-stream-page.ts).
 */
import type { LibraryDatabase } from '../../src/renderer/src/db/db';

/** One highlight: its report (`file#index`), its themes' ids in order, its note. */
export interface HighlightState {
  report: string;
  themes: string[];
  note: string;
}

/** The library in the test's terms. */
export interface LibraryState {
  /** Each report as `file#index`, sorted. */
  reports: string[];
  /** Each highlight by id. */
  highlights: Record<string, HighlightState>;
  /** Each theme by id: its name and its parent's id. */
  themes: Record<string, { name: string; parentId: string | null }>;
}

/** The library's state, and what in it is half there. */
export interface LibraryReading {
  state: LibraryState;
  /** Rows that should not be, in words; empty for a library whole. */
  problems: string[];
}

/** Reads the state of `db` in one transaction. */
export async function readLibraryState(db: LibraryDatabase): Promise<LibraryReading> {
  const { reports, texts, highlights, themes } = await db.transaction('r', [db.reports, db.reportTexts, db.highlights, db.themes], async () => ({
    reports: await db.reports.toArray(),
    texts: await db.reportTexts.toCollection().primaryKeys(),
    highlights: await db.highlights.toArray(),
    themes: await db.themes.toArray(),
  }));
  const problems: string[] = [];
  const keyOf = new Map(reports.map((report) => [report.id, `${report.sourceName}#${report.sourceIndex}`]));
  const withText = new Set(texts);
  for (const [id, key] of keyOf) if (!withText.has(id)) problems.push(`report ${key} has no text`);
  for (const id of texts) if (!keyOf.has(id)) problems.push(`a text has no report (${id})`);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const state: LibraryState = { reports: [...keyOf.values()].sort(), highlights: {}, themes: {} };
  for (const highlight of highlights) {
    const report = keyOf.get(highlight.reportId);
    if (report === undefined) problems.push(`highlight ${highlight.id} has no report`);
    for (const themeId of highlight.themeIds) if (!themeIds.has(themeId)) problems.push(`highlight ${highlight.id} carries theme ${themeId}, not in the codebook`);
    state.highlights[highlight.id] = { report: report ?? '(none)', themes: highlight.themeIds, note: highlight.note };
  }
  for (const theme of themes) {
    if (theme.parentId !== null && !themeIds.has(theme.parentId)) problems.push(`theme ${theme.id} is under ${theme.parentId}, not in the codebook`);
    state.themes[theme.id] = { name: theme.name, parentId: theme.parentId };
  }
  return { state, problems };
}

/** The state as text, the same for equal states whatever order their rows came in. */
export function stateText(state: LibraryState): string {
  const sorted = <T>(record: Record<string, T>) => Object.keys(record).sort().map((key) => [key, record[key]]);
  return JSON.stringify([[...state.reports].sort(), sorted(state.highlights), sorted(state.themes)]);
}

/** How `found` differs from `expected`, in words: reports, highlights and themes missing, extra or changed. */
export function stateDifferences(expected: LibraryState, found: LibraryState): string[] {
  const differences: string[] = [];
  const compare = (kind: string, want: Record<string, unknown>, have: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(want), ...Object.keys(have)])) {
      const [a, b] = [JSON.stringify(want[key]), JSON.stringify(have[key])];
      if (a !== b) differences.push(`${kind} ${key}: expected ${a ?? 'none'}, found ${b ?? 'none'}`);
    }
  };
  const counted = (keys: readonly string[]) => {
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  compare('report', counted(expected.reports), counted(found.reports));
  compare('highlight', expected.highlights, found.highlights);
  compare('theme', expected.themes, found.themes);
  return differences;
}

