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

/** The library as version 2 declared it (the same stores as version 1, with new fields), frozen here. */
class LibraryDatabaseV2 extends Dexie {
  reports!: Table<Record<string, unknown>, string>;
  reportTexts!: Table<Record<string, unknown>, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      reports: 'id, &[sourceHash+sourceIndex], sourceHash, title, place, year, size, importedAt',
      reportTexts: 'reportId',
      highlights: 'id, reportId, *themeIds, createdAt',
      themes: 'id, parentId, order',
      settings: 'key',
    });
    this.version(2).stores({});
  }
}

/** The library as version 3 declared it: version 2's stores and the search index, frozen here. */
class LibraryDatabaseV3 extends Dexie {
  reports!: Table<Record<string, unknown>, string>;
  reportTexts!: Table<Record<string, unknown>, string>;
  highlights!: Table<Record<string, unknown>, string>;
  searchIndex!: Table<Record<string, unknown>, number>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      reports: 'id, &[sourceHash+sourceIndex], sourceHash, title, place, year, size, importedAt',
      reportTexts: 'reportId',
      highlights: 'id, reportId, *themeIds, createdAt',
      themes: 'id, parentId, order',
      settings: 'key',
    });
    this.version(2).stores({});
    this.version(3).stores({ searchIndex: '++key, &reportId, *grams' });
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
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name)).not.toContain('searchIndex');
    db.close();
  });

  it('opens a new library at the latest version, 4, with no search index table', async () => {
    name = 'library-new';
    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['highlights', 'reportTexts', 'reports', 'settings', 'themes']);
    db.close();
  });
});

describe('LibraryDatabase version 4', () => {
  /** A report as versions 2 and 3 stored it. */
  const v3Report = (id: string, text: string, index: number) => ({
    ...V1_REPORT,
    id,
    title: text.split('\n')[0],
    size: text.length,
    sourceIndex: index,
    region: null, date: null, published: null, speaker: null, source: null, author: null, summary: null,
    incomplete: false, compilationTitle: null, warnings: [],
  });

  it('upgrades a version 2 library, which never had a search index, keeping everything', async () => {
    name = 'library-v2-upgrade';
    const v2 = new LibraryDatabaseV2(name);
    await v2.reports.add(v3Report('r1', V1_TEXT.text, 0));
    await v2.reportTexts.add({ ...V1_TEXT, hidden: [] });
    v2.close();

    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.reports.get('r1')).toEqual(v3Report('r1', V1_TEXT.text, 0));
    expect(await db.reportTexts.get('r1')).toEqual({ ...V1_TEXT, hidden: [] });
    db.close();
  });

  it('upgrades a version 3 library by dropping its search index and keeping everything else', async () => {
    name = 'library-v3-upgrade';
    const v3 = new LibraryDatabaseV3(name);
    const texts = Array.from({ length: 120 }, (_, i) => `第${i}号报告\n推进乡村振兴，优化营商环境。`);
    const ids = texts.map((_, i) => `r${String(i).padStart(3, '0')}`);
    await v3.reports.bulkAdd(texts.map((text, i) => v3Report(ids[i] as string, text, i)));
    await v3.reportTexts.bulkAdd(texts.map((text, i) => ({ reportId: ids[i], text, blocks: [], hidden: [] })));
    await v3.searchIndex.bulkAdd(ids.map((reportId) => ({ reportId, grams: ['乡村', '振兴'] })));
    await v3.highlights.add({ ...V1_HIGHLIGHT, reportId: 'r007' });
    v3.close();

    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name)).not.toContain('searchIndex');
    expect(await db.reports.count()).toBe(120);
    expect((await db.reportTexts.get('r007'))?.text).toBe(texts[7]);
    expect(await db.highlights.get('h1')).toEqual({ ...V1_HIGHLIGHT, reportId: 'r007' });
    db.close();
  });
});
