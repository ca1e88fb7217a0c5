import type { LibraryDatabase } from '../../db/db';

/**
 * Deletes a report with its text and its highlights, in one transaction:
 * either all of it goes, or nothing does.
 */
export async function deleteReport(db: LibraryDatabase, reportId: string): Promise<void> {
  await db.transaction('rw', db.reports, db.reportTexts, db.highlights, async () => {
    await db.highlights.where('reportId').equals(reportId).delete();
    await db.reportTexts.delete(reportId);
    await db.reports.delete(reportId);
  });
}
