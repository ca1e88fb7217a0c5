import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { textGrams } from '../../../core/search/text-grams';
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
    expect(db.verno).toBe(3);
    expect(await db.searchIndex.where('reportId').equals('r1').first()).toMatchObject({ reportId: 'r1', grams: textGrams(V1_TEXT.text) });
    db.close();
  });

  it('opens a new library at the latest version, 3', async () => {
    name = 'library-new';
    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });
});

describe('LibraryDatabase version 3', () => {
  /** A version 2 report and its text, as an import of version 2 stored them. */
  const v2Report = (id: string, text: string, index: number) => ({
    ...V1_REPORT,
    id,
    title: text.split('\n')[0],
    size: text.length,
    sourceIndex: index,
    region: null, date: null, published: null, speaker: null, source: null, author: null, summary: null,
    incomplete: false, compilationTitle: null, warnings: [],
  });

  it('upgrades a version 2 library by indexing every report already stored, page by page', async () => {
    name = 'library-v2-upgrade';
    const v2 = new LibraryDatabaseV2(name);
    // More reports than one page of the upgrade, so it reads more than one.
    const texts = Array.from({ length: 120 }, (_, i) => `第${i}号报告\n推进乡村振兴，优化营商环境${i % 7 === 0 ? '，发展低空经济' : ''}。`);
    await v2.reports.bulkAdd(texts.map((text, i) => v2Report(`r${String(i).padStart(3, '0')}`, text, i)));
    await v2.reportTexts.bulkAdd(texts.map((text, i) => ({ reportId: `r${String(i).padStart(3, '0')}`, text, blocks: [], hidden: [] })));
    v2.close();

    const db = new LibraryDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.searchIndex.count()).toBe(120);
    const row = await db.searchIndex.where('reportId').equals('r007').first();
    expect(row?.grams.sort()).toEqual(textGrams(texts[7] as string).sort());
    expect(typeof row?.key).toBe('number');
    const lowAltitude = await db.searchIndex.where('grams').equals('低空').primaryKeys();
    expect(lowAltitude).toHaveLength(texts.filter((text) => text.includes('低空')).length);
    expect(await db.reports.count()).toBe(120);
    db.close();
  });

  it('keeps one index row per report', async () => {
    name = 'library-v3-unique';
    const db = new LibraryDatabase(name);
    await db.searchIndex.add({ reportId: 'r1', grams: ['乡村'] });
    await expect(db.searchIndex.add({ reportId: 'r1', grams: ['振兴'] })).rejects.toThrow();
    db.close();
  });
});
