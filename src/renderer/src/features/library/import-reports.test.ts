import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../../shared/ipc';
import { LibraryDatabase } from '../../db/db';
import { deleteReport } from './delete-report';
import { importReports } from './import-reports';
import { ensureSampleReport } from './sample-report';

const REPORT = '安平乡2023年政府工作报告\n——2023年1月9日在安平乡第十届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n全乡完成固定资产投资3.6亿元。';

function picked(name: string, text: string): PickedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, ok: true, bytes };
}

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = new LibraryDatabase(`test-library-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importReports', () => {
  it('stores metadata and text apart, in one go', async () => {
    const [outcome] = await importReports(db, [picked('安平乡.txt', REPORT)], { now: () => new Date('2026-02-03T04:05:06Z') });
    expect(outcome).toMatchObject({ status: 'imported', titles: ['安平乡2023年政府工作报告'] });
    const [report] = await db.reports.toArray();
    expect(report).toMatchObject({ title: '安平乡2023年政府工作报告', place: '安平乡', placeLevel: '乡', year: 2023, sourceName: '安平乡.txt', encoding: 'utf-8', importedAt: '2026-02-03T04:05:06.000Z', sample: false });
    expect(report!.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    const body = await db.reportTexts.get(report!.id);
    expect(body!.text.startsWith('安平乡2023年政府工作报告\n')).toBe(true);
    expect(report!.size).toBe(body!.text.length);
    expect(body!.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('recognises the same file imported again, under any name', async () => {
    await importReports(db, [picked('a.txt', REPORT)]);
    const [again] = await importReports(db, [picked('copy of a.txt', REPORT)]);
    expect(again).toMatchObject({ status: 'duplicate', titles: ['安平乡2023年政府工作报告'] });
    expect(await db.reports.count()).toBe(1);
  });

  it('reports each failure with its code and goes on with the next file', async () => {
    const binary: PickedFile = { name: 'photo.txt', size: 4, ok: true, bytes: new Uint8Array([0x89, 0x50, 0x00, 0x47]) };
    const tooLarge: PickedFile = { name: 'huge.txt', size: 1e9, ok: false, error: { code: 'too-large', detail: '1e9 bytes' } };
    const outcomes = await importReports(db, [binary, tooLarge, picked('a.pdf', '%PDF'), picked('ok.txt', REPORT)]);
    expect(outcomes.map((o) => (o.status === 'failed' ? o.failure.code : o.status))).toEqual(['binary', 'too-large', 'unsupported-format', 'imported']);
    expect(await db.reports.count()).toBe(1);
    expect(await db.reportTexts.count()).toBe(1);
  });
});

describe('deleteReport', () => {
  it('removes the report, its text and its highlights, and nothing else', async () => {
    const [a, b] = await importReports(db, [picked('a.txt', REPORT), picked('b.txt', `${REPORT}\n二、2023年工作安排`)]);
    const idA = a!.status === 'imported' ? a!.reportIds[0]! : '';
    const idB = b!.status === 'imported' ? b!.reportIds[0]! : '';
    const highlight = (id: string, reportId: string) => ({
      id,
      reportId,
      themeIds: [],
      note: '',
      selectors: { position: { start: 0, end: 3 }, quote: { exact: '安平乡', prefix: '', suffix: '2023' } },
      textHash: 'x',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await db.highlights.bulkAdd([highlight('h1', idA), highlight('h2', idB)]);
    await deleteReport(db, idA);
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([idB]);
    expect(await db.reportTexts.get(idA)).toBeUndefined();
    expect((await db.highlights.toArray()).map((h) => h.id)).toEqual(['h2']);
  });
});

describe('ensureSampleReport', () => {
  it('adds the sample once, even when asked twice at the same time, and never again after a delete', async () => {
    const added = await Promise.all([ensureSampleReport(db), ensureSampleReport(db)]);
    const reports = await db.reports.toArray();
    expect(reports).toHaveLength(1);
    expect(added.filter((id) => id !== null)).toEqual([reports[0]!.id]);
    expect(reports[0]).toMatchObject({ sample: true, title: '青禾县石桥镇2024年政府工作报告', place: '青禾县石桥镇', year: 2024 });
    await deleteReport(db, reports[0]!.id);
    expect(await ensureSampleReport(db)).toBeNull();
    expect(await db.reports.count()).toBe(0);
  });
});
