import type { LibraryDatabase } from '../../db/db';
import { readingPositionKey } from '../reader/reading-position';

/**
 * Deletes a report with its text, its highlights and its remembered reading
 * position, in one transaction:
 * either all of it goes, or nothing does.
 */
export async function deleteReport(db: LibraryDatabase, reportId: string): Promise<void> {
  await db.transaction('rw', db.reports, db.reportTexts, db.highlights, db.settings, async () => {
    await db.highlights.where('reportId').equals(reportId).delete();
    await db.reportTexts.delete(reportId);
    await db.reports.delete(reportId);
    await db.settings.delete(readingPositionKey(reportId));
  });
}
