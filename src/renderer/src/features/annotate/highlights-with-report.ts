/**
 * The guard every highlight write passes: a highlight is written only while
 * its report is in the library. Asked inside the write's own transaction (over
 * reports and highlights), the answer still holds when the write lands, so a
 * report deleted meanwhile (by another window, or before a redo, or while
 * suggestions found in it were on screen) never gets a highlight back.
 */
import type { HighlightRecord, LibraryDatabase } from '../../db/db';

/** The highlights of `highlights` whose report the library holds, in their order; call inside a transaction over `db.reports`. */
export async function highlightsWithReport(db: LibraryDatabase, highlights: readonly HighlightRecord[]): Promise<HighlightRecord[]> {
  const reportIds = [...new Set(highlights.map((highlight) => highlight.reportId))];
  const reports = await db.reports.bulkGet(reportIds);
  const held = new Set(reportIds.filter((_, index) => reports[index] !== undefined));
  return highlights.filter((highlight) => held.has(highlight.reportId));
}
