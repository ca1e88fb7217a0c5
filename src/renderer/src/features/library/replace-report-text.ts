/**
 * Replacing a report's text with a newer file of the same report (a
 * corrected version, a cleaner copy), keeping its highlights: each is
 * re-anchored in the new text (position, then quote, then fuzzy, see
 * `core/anchoring/reanchor-all.ts`); one that can no longer be placed keeps
 * its old selectors and is listed as an orphan, never deleted. The report
 * keeps its id, so everything that refers to it still does.
 */
import { reanchorAll } from '../../../../core/anchoring/reanchor-all';
import type { ParsedReport, ParseResult } from '../../../../core/report/report';
import type { HighlightRecord, LibraryDatabase } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { ImportFailureError } from './import-outcome';
import { reportRecords } from './report-record';

/** What became of the report's highlights. */
export interface Replacement {
  /** Highlights placed in the new text (including those whose passage did not move). */
  anchored: number;
  /** Highlights whose passage is not in the new text: kept as orphans. */
  orphaned: number;
}

/** The report of the file that is the same report: the one with the same title, else the only one. */
function sameReport(parsed: ParseResult, title: string): { report: ParsedReport; index: number } | null {
  const index = parsed.reports.findIndex((report) => report.title === title);
  if (index >= 0) return { report: parsed.reports[index] as ParsedReport, index };
  return parsed.reports.length === 1 ? { report: parsed.reports[0] as ParsedReport, index: 0 } : null;
}

/**
 * Replaces the text and metadata of report `reportId` with the report of
 * `parsed` (the file `sourceName` with bytes hashed `sourceHash`) and
 * re-anchors its highlights, all in one transaction: the highlights are read
 * and re-anchored inside it, so one changed or added meanwhile (another
 * window) is neither overwritten with what was read before nor left on the
 * old text. Throws an `ImportFailureError` with code `no-matching-report`
 * when the file holds several reports and none has the title, `duplicate`
 * when the file is already in the library as another report, and
 * `missing-report` when the report is not (or no longer) in the library.
 */
export async function replaceReportText(
  db: LibraryDatabase,
  reportId: string,
  parsed: ParseResult,
  source: { name: string; hash: string },
  now = new Date(),
): Promise<Replacement> {
  const missing = () => new ImportFailureError({ code: 'missing-report', detail: `report ${reportId} is not in the library` });
  const old = await db.reports.get(reportId);
  if (!old) throw missing();
  const chosen = sameReport(parsed, old.title);
  if (!chosen) throw new ImportFailureError({ code: 'no-matching-report', detail: `none of the file's ${parsed.reports.length} reports is titled ${old.title}` });

  const { record, text } = reportRecords(chosen.report, parsed, {
    id: reportId,
    sourceName: source.name,
    sourceHash: source.hash,
    sourceIndex: chosen.index,
    importedAt: now.toISOString(),
    sample: old.sample,
  });
  // Hashing is Web Crypto, which would end a Dexie transaction: hash first.
  const textHash = await sha256Hex(new TextEncoder().encode(text.text));
  return db.transaction('rw', db.reports, db.reportTexts, db.highlights, async () => {
    if (!(await db.reports.get(reportId))) throw missing();
    const taken = await db.reports.where('[sourceHash+sourceIndex]').equals([source.hash, chosen.index]).first();
    if (taken && taken.id !== reportId) throw new ImportFailureError({ code: 'duplicate', detail: `the file is already in the library as ${taken.title}` });
    const highlights = await db.highlights.where('reportId').equals(reportId).toArray();
    const placed = reanchorAll(
      text.text,
      highlights.map((highlight) => highlight.selectors),
    );
    const moved: HighlightRecord[] = [];
    placed.forEach((result, index) => {
      const highlight = highlights[index] as HighlightRecord;
      if (result.status === 'anchored') moved.push({ ...highlight, selectors: result.selectors, textHash, updatedAt: now.toISOString() });
    });
    await db.reports.put(record);
    await db.reportTexts.put(text);
    await db.highlights.bulkPut(moved);
    return { anchored: moved.length, orphaned: highlights.length - moved.length };
  });
}
