import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../db/db';
import { reportRecord } from '../../db/fixtures/report-record';
import { deleteReport } from '../library/delete-report';
import { readingPositionKey } from './reading-position';
import { saveReadingPosition } from './save-reading-position';

let db: LibraryDatabase;
let n = 0;
beforeEach(async () => {
  db = new LibraryDatabase(`reading-position-${++n}`);
  await db.reports.add(reportRecord({ id: 'r1', title: '清溪镇2025年政府工作报告' }));
});
afterEach(async () => {
  await db.delete();
});

describe('saveReadingPosition', () => {
  it('stores the position of a report in the library', async () => {
    expect(await saveReadingPosition(db, 'r1', { block: 3, within: 0.25 })).toBe(true);
    expect(await db.settings.get(readingPositionKey('r1'))).toEqual({ key: readingPositionKey('r1'), value: { block: 3, within: 0.25 } });
  });

  it('leaves nothing behind for a report deleted before the reader closed', async () => {
    await deleteReport(db, 'r1');
    expect(await saveReadingPosition(db, 'r1', { block: 3, within: 0.25 })).toBe(false);
    expect(await db.settings.count()).toBe(0);
  });
});
