/**
 * Writing a report's reading position to the library's settings, in a
 * transaction that first checks the report is still there: the reader writes
 * the position again when it closes, which after a delete of the open report
 * comes once the delete has committed, and would leave a position behind for
 * a report the library no longer holds.
 */
import type { LibraryDatabase } from '../../db/db';
import { readingPositionKey, type ReadingPosition } from './reading-position';

/** Stores `position` as report `reportId`'s reading position, unless the report is gone; resolves to whether it was stored. */
export function saveReadingPosition(db: LibraryDatabase, reportId: string, position: ReadingPosition): Promise<boolean> {
  return db.transaction('rw', db.reports, db.settings, async () => {
    if (!(await db.reports.get(reportId))) return false;
    await db.settings.put({ key: readingPositionKey(reportId), value: position });
    return true;
  });
}
