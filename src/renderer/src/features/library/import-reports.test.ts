import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../../core/import/parse-report-file';
import type { ParsedReport, ParseResult } from '../../../../core/report/report';
import type { PickedFile } from '../../../../shared/ipc';
import { LibraryDatabase } from '../../db/db';
import { deleteReport } from './delete-report';
import { ImportFailureError } from './import-outcome';
import { pickedText } from './fixtures/import-text';
import { importReports, type ImportOptions, type ImportProgress, type ReportParser } from './import-reports';
import { ensureSampleReport } from './sample-report';

/** The core itself, as the import worker runs it. */
const parse: ReportParser = (bytes, name) => parseReportFile(bytes, name);
const direct: ImportOptions = { parse };

const REPORT = '安平乡2023年政府工作报告\n——2023年1月9日在安平乡第十届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n全乡完成固定资产投资3.6亿元。';

const picked = pickedText;

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
    const [outcome] = await importReports(db, [picked('安平乡.txt', REPORT)], { parse, now: () => new Date('2026-02-03T04:05:06Z') });
    expect(outcome).toMatchObject({ status: 'imported', titles: ['安平乡2023年政府工作报告'], missing: [], incomplete: 0 });
    const [report] = await db.reports.toArray();
    expect(report).toMatchObject({ title: '安平乡2023年政府工作报告', place: '安平乡', placeLevel: '乡', year: 2023, sourceName: '安平乡.txt', encoding: 'utf-8', importedAt: '2026-02-03T04:05:06.000Z', sample: false, compilationTitle: null, incomplete: false });
    expect(report!.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    const body = await db.reportTexts.get(report!.id);
    expect(body!.text.startsWith('安平乡2023年政府工作报告\n')).toBe(true);
    expect(report!.size).toBe(body!.text.length);
    expect(body!.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(body!.hidden).toEqual([]);
  });

  it('stores every report of a compilation with its metadata and hidden lines, and says what is missing', async () => {
    const report = (title: string, extra: Partial<ParsedReport> = {}): ParsedReport => ({
      title, place: null, placeLevel: null, region: null, year: 2024, date: null, published: null, speaker: null, source: null, author: null,
      summary: null, incomplete: false, text: title, blocks: [{ kind: 'title', start: 0, end: title.length }], hidden: [], warnings: [], ...extra,
    });
    const result: ParseResult = {
      encoding: 'docx',
      compilation: { title: '2024年乡镇政府工作报告汇编', declared: 3, listed: ['甲镇', '乙乡', '丙镇'], missing: ['丙镇'] },
      reports: [
        report('甲镇2024年政府工作报告', { speaker: '张三', date: '2024-01-10', hidden: [{ text: '首页 > 甲镇', reason: 'navigation', before: 0 }] }),
        report('乙乡2024年政府工作报告', { incomplete: true, warnings: ['paywall'] }),
      ],
      hidden: [],
      warnings: ['2 images dropped'],
    };
    const [outcome] = await importReports(db, [picked('汇编.docx', 'x')], { parse: async () => result });
    expect(outcome).toMatchObject({ status: 'imported', titles: ['甲镇2024年政府工作报告', '乙乡2024年政府工作报告'], missing: ['丙镇'], incomplete: 1 });
    const reports = (await db.reports.toArray()).sort((a, b) => a.sourceIndex - b.sourceIndex);
    expect(reports.map((r) => [r.sourceIndex, r.encoding, r.compilationTitle, r.incomplete, r.warnings])).toEqual([
      [0, 'docx', '2024年乡镇政府工作报告汇编', false, ['2 images dropped']],
      [1, 'docx', '2024年乡镇政府工作报告汇编', true, ['2 images dropped', 'paywall']],
    ]);
    expect(reports[0]).toMatchObject({ speaker: '张三', date: '2024-01-10' });
    expect((await db.reportTexts.get(reports[0]!.id))!.hidden).toEqual([{ text: '首页 > 甲镇', reason: 'navigation', before: 0 }]);
  });

  it('tells its progress before each file and at the end', async () => {
    const progress: ImportProgress[] = [];
    await importReports(db, [picked('a.txt', REPORT), picked('b.txt', `${REPORT}\n二`)], { parse, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { done: 0, total: 2, current: 'a.txt' },
      { done: 1, total: 2, current: 'b.txt' },
      { done: 2, total: 2, current: null },
    ]);
  });

  it('stops at a cancel: the file in flight and the rest are cancelled, what was stored stays', async () => {
    const signal = { aborted: false };
    let calls = 0;
    const cancelling: ReportParser = async (bytes, name) => {
      calls += 1;
      if (calls === 2) {
        signal.aborted = true;
        throw new ImportFailureError({ code: 'cancelled', detail: 'the import was cancelled' });
      }
      return parse(bytes, name);
    };
    const files = [picked('a.txt', REPORT), picked('b.txt', `${REPORT}\n二`), picked('c.txt', `${REPORT}\n三`)];
    const outcomes = await importReports(db, files, { parse: cancelling, signal });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(calls).toBe(2);
    expect(await db.reports.count()).toBe(1);
  });

  it('stores nothing of a file whose parse ends after the cancel', async () => {
    const signal = { aborted: false };
    const late: ReportParser = async (bytes, name) => {
      signal.aborted = true;
      return parse(bytes, name);
    };
    const outcomes = await importReports(db, [picked('a.txt', REPORT)], { parse: late, signal });
    expect(outcomes).toEqual([{ name: 'a.txt', status: 'cancelled' }]);
    expect(await db.reports.count()).toBe(0);
  });

  it('reports a time-out as a failure and goes on', async () => {
    const slow: ReportParser = async (bytes, name) => {
      if (name === 'slow.txt') throw new ImportFailureError({ code: 'timeout', detail: 'no answer within 60 s' });
      return parse(bytes, name);
    };
    const outcomes = await importReports(db, [picked('slow.txt', REPORT), picked('b.txt', `${REPORT}\n二`)], { parse: slow });
    expect(outcomes.map((o) => (o.status === 'failed' ? o.failure.code : o.status))).toEqual(['timeout', 'imported']);
  });

  it('recognises the same file imported again, under any name', async () => {
    await importReports(db, [picked('a.txt', REPORT)], direct);
    const [again] = await importReports(db, [picked('copy of a.txt', REPORT)], direct);
    expect(again).toMatchObject({ status: 'duplicate', titles: ['安平乡2023年政府工作报告'] });
    expect(await db.reports.count()).toBe(1);
  });

  it('recognises the same bytes twice in one batch, whatever their names', async () => {
    const outcomes = await importReports(db, [picked('a.txt', REPORT), picked('a copy.txt', REPORT), picked('b.txt', `${REPORT}\n二`)], direct);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate', 'imported']);
    expect(await db.reports.count()).toBe(2);
  });

  it('reports each failure with its code and goes on with the next file', async () => {
    const binary: PickedFile = { name: 'photo.txt', size: 4, ok: true, bytes: new Uint8Array([0x89, 0x50, 0x00, 0x47]) };
    const tooLarge: PickedFile = { name: 'huge.txt', size: 1e9, ok: false, error: { code: 'too-large', detail: '1e9 bytes' } };
    const outcomes = await importReports(db, [binary, tooLarge, picked('scan.jpg', 'JFIF'), picked('ok.txt', REPORT)], direct);
    expect(outcomes.map((o) => (o.status === 'failed' ? o.failure.code : o.status))).toEqual(['binary', 'too-large', 'unsupported-format', 'imported']);
    expect(await db.reports.count()).toBe(1);
    expect(await db.reportTexts.count()).toBe(1);
  });
});

describe('deleteReport', () => {
  it('removes the report, its text and its highlights, and nothing else', async () => {
    const [a, b] = await importReports(db, [picked('a.txt', REPORT), picked('b.txt', `${REPORT}\n二、2023年工作安排`)], direct);
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
    const added = await Promise.all([ensureSampleReport(db, parse), ensureSampleReport(db, parse)]);
    const reports = await db.reports.toArray();
    expect(reports).toHaveLength(1);
    expect(added.filter((id) => id !== null)).toEqual([reports[0]!.id]);
    expect(reports[0]).toMatchObject({ sample: true, title: '青禾县石桥镇2024年政府工作报告', place: '青禾县石桥镇', year: 2024 });
    await deleteReport(db, reports[0]!.id);
    expect(await ensureSampleReport(db, parse)).toBeNull();
    expect(await db.reports.count()).toBe(0);
  });

  it('adds the sample at the next start when the first start was cut off before it was stored', async () => {
    const cutOff: ReportParser = () => Promise.reject(new ImportFailureError({ code: 'cancelled', detail: 'the window closed' }));
    expect(await ensureSampleReport(db, cutOff)).toBeNull();
    expect(await db.reports.count()).toBe(0);
    const id = await ensureSampleReport(db, parse);
    expect((await db.reports.toArray()).map((r) => [r.id, r.sample])).toEqual([[id, true]]);
  });

  it('does not add the sample twice when a start stored it but was cut off before saying so', async () => {
    const id = await ensureSampleReport(db, parse);
    await db.settings.clear();
    expect(await ensureSampleReport(db, parse)).toBeNull();
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([id]);
    expect(await ensureSampleReport(db, parse)).toBeNull();
  });
});
