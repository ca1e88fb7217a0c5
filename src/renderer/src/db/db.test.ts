import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from './db';

/** The library as version 1 declared it, frozen here: what an analyst's disk may still hold. */
class LibraryDatabaseV1 extends Dexie {
  reports!: Table<Record<string, unknown>, string>;
  reportTexts!: Table<Record<string, unknown>, string>;
  highlights!: Table<Record<string, unknown>, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      reports: 'id, &[sourceHash+sourceIndex], sourceHash, title, place, year, size, importedAt',
      reportTexts: 'reportId',
      highlights: 'id, reportId, *themeIds, createdAt',
      themes: 'id, parentId, order',
      settings: 'key',
    });
  }
}

const V1_REPORT = {
  id: 'r1',
  title: '安平乡2023年政府工作报告',
  place: '安平乡',
  placeLevel: '乡',
  year: 2023,
  size: 22,
  sourceHash: 'a'.repeat(64),
  sourceIndex: 0,
  sourceName: '安平乡.txt',
  encoding: 'gb18030',
  importedAt: '2025-12-01T08:00:00.000Z',
  sample: false,
};
const V1_TEXT = { reportId: 'r1', text: '安平乡2023年政府工作报告\n各位代表：', blocks: [{ kind: 'title', start: 0, end: 15 }, { kind: 'paragraph', start: 16, end: 21 }] };
const V1_HIGHLIGHT = { id: 'h1', reportId: 'r1', themeIds: ['t1'], note: '投资', selectors: { position: { start: 0, end: 3 }, quote: { exact: '安平乡', prefix: '', suffix: '2023' } }, textHash: 'x', createdAt: '2025-12-01T08:00:00.000Z', updatedAt: '2025-12-01T08:00:00.000Z' };

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('LibraryDatabase version 2', () => {
  it('upgrades a version 1 library: new fields get their defaults, nothing is lost', async () => {
    name = 'library-v1-upgrade';
    const v1 = new LibraryDatabaseV1(name);
    await v1.reports.add(V1_REPORT);
    await v1.reportTexts.add(V1_TEXT);
    await v1.highlights.add(V1_HIGHLIGHT);
    v1.close();

    const db = new LibraryDatabase(name);
    expect(await db.reports.get('r1')).toEqual({
      ...V1_REPORT,
      region: null,
      date: null,
      published: null,
      speaker: null,
      source: null,
      author: null,
      summary: null,
      incomplete: false,
      compilationTitle: null,
      warnings: [],
    });
    expect(await db.reportTexts.get('r1')).toEqual({ ...V1_TEXT, hidden: [] });
    expect(await db.highlights.get('h1')).toEqual(V1_HIGHLIGHT);
    expect(await db.reports.where('[sourceHash+sourceIndex]').equals(['a'.repeat(64), 0]).count()).toBe(1);
    expect(db.verno).toBe(2);
    db.close();
  });

  it('opens a new library at version 2', async () => {
    name = 'library-new';
    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    db.close();
  });
});
