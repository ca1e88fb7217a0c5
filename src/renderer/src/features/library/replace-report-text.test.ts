import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { HighlightRecord } from '../../db/db';
import { LibraryDatabase } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { deleteReport } from './delete-report';
import { importText, parse } from './fixtures/import-text';
import { replaceReportText } from './replace-report-text';

const TITLE = '安平乡2023年政府工作报告';
const OLD = `${TITLE}\n——2023年1月9日在安平乡第十届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n全乡完成固定资产投资3.6亿元，同比增长5%。\n兜牢脱贫底线，守住不发生规模性返贫的底线。\n二、2023年工作安排\n抓好安全生产，坚决遏制重特大事故。`;
// The corrected file: a sentence added before the highlights, a figure corrected, one sentence gone.
const NEW = `${TITLE}\n——2023年1月9日在安平乡第十届人民代表大会第三次会议上\n各位代表：\n现在，我代表乡人民政府向大会报告工作。\n一、2022年工作回顾\n全乡完成固定资产投资3.8亿元，同比增长5%。\n兜牢脱贫底线，守住不发生规模性返贫的底线。\n二、2023年工作安排\n持续优化营商环境。`;

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = new LibraryDatabase(`replace-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

async function highlight(reportId: string, passage: string): Promise<HighlightRecord> {
  const body = (await db.reportTexts.get(reportId))!;
  const start = body.text.indexOf(passage);
  const record: HighlightRecord = {
    id: `h-${passage.slice(0, 4)}`,
    reportId,
    themeIds: ['rural-revitalisation'],
    note: '要点',
    selectors: describeRange(body.text, start, start + passage.length),
    textHash: await sha256Hex(new TextEncoder().encode(body.text)),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  await db.highlights.add(record);
  return record;
}

describe('replaceReportText', () => {
  it('replaces the text, keeps the id, re-anchors what it can and keeps the rest as orphans', async () => {
    const id = await importText(db, '安平乡.txt', OLD);
    const moved = await highlight(id, '兜牢脱贫底线，守住不发生规模性返贫的底线。');
    const edited = await highlight(id, '全乡完成固定资产投资3.6亿元，同比增长5%。');
    const gone = await highlight(id, '抓好安全生产，坚决遏制重特大事故。');
    const bytes = new TextEncoder().encode(NEW);
    const result = await replaceReportText(db, id, await parse(bytes, '安平乡（修订）.txt'), { name: '安平乡（修订）.txt', hash: await sha256Hex(bytes) }, new Date('2026-03-01T00:00:00Z'));

    expect(result).toEqual({ anchored: 2, orphaned: 1 });
    const body = (await db.reportTexts.get(id))!;
    expect(body.text).toContain('现在，我代表乡人民政府');
    const report = (await db.reports.get(id))!;
    expect(report).toMatchObject({ title: TITLE, sourceName: '安平乡（修订）.txt' });
    const newHash = await sha256Hex(new TextEncoder().encode(body.text));

    const after = new Map((await db.highlights.toArray()).map((h) => [h.id, h]));
    const movedNow = after.get(moved.id)!;
    expect(body.text.slice(movedNow.selectors.position.start, movedNow.selectors.position.end)).toBe('兜牢脱贫底线，守住不发生规模性返贫的底线。');
    expect(movedNow).toMatchObject({ textHash: newHash, note: '要点', themeIds: ['rural-revitalisation'], updatedAt: '2026-03-01T00:00:00.000Z' });
    const editedNow = after.get(edited.id)!;
    expect(body.text.slice(editedNow.selectors.position.start, editedNow.selectors.position.end)).toBe('全乡完成固定资产投资3.8亿元，同比增长5%。');
    // The orphan is untouched: old selectors, old hash, still in the library.
    expect(after.get(gone.id)).toEqual(gone);
  });

  it('refuses a file of several reports none of which has the title, changing nothing', async () => {
    const id = await importText(db, '安平乡.txt', OLD);
    const before = await db.reportTexts.get(id);
    const other = { encoding: 'utf-8', compilation: null, hidden: [], warnings: [], reports: [] } as never;
    await expect(replaceReportText(db, id, other, { name: 'x.txt', hash: 'x' })).rejects.toMatchObject({ code: 'no-matching-report' });
    expect(await db.reportTexts.get(id)).toEqual(before);
  });

  it('refuses a file that is already in the library as another report', async () => {
    const id = await importText(db, '安平乡.txt', OLD);
    await importText(db, 'other.txt', NEW.replace(TITLE, '安平乡2024年政府工作报告'));
    const otherBytes = new TextEncoder().encode(NEW.replace(TITLE, '安平乡2024年政府工作报告'));
    const parsed = await parse(otherBytes, 'other.txt');
    await expect(replaceReportText(db, id, parsed, { name: 'other.txt', hash: await sha256Hex(otherBytes) })).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('keeps a note saved while the text is being replaced: the highlights are read in the write transaction', async () => {
    const id = await importText(db, '安平乡.txt', OLD);
    const passage = await highlight(id, '兜牢脱贫底线，守住不发生规模性返贫的底线。');
    // Another window saves a note the moment the replacement reads the highlights: its write queues behind that read.
    let saved: Promise<unknown> | null = null;
    db.highlights.hook('reading', (record) => {
      saved ??= Dexie.ignoreTransaction(() => db.highlights.update(passage.id, { note: '另一窗口写的批注' }));
      return record;
    });
    const bytes = new TextEncoder().encode(NEW);
    await replaceReportText(db, id, await parse(bytes, '安平乡（修订）.txt'), { name: '安平乡（修订）.txt', hash: await sha256Hex(bytes) });
    await saved;
    const after = (await db.highlights.get(passage.id))!;
    expect(after.note).toBe('另一窗口写的批注');
    expect(after.textHash).toBe(await sha256Hex(new TextEncoder().encode((await db.reportTexts.get(id))!.text)));
  });

  it('refuses a report deleted before its replacement is written, writing nothing', async () => {
    const id = await importText(db, '安平乡.txt', OLD);
    const bytes = new TextEncoder().encode(NEW);
    const parsed = await parse(bytes, '安平乡（修订）.txt');
    const replacing = replaceReportText(db, id, parsed, { name: '安平乡（修订）.txt', hash: await sha256Hex(bytes) });
    await deleteReport(db, id);
    await expect(replacing).rejects.toMatchObject({ code: 'missing-report' });
    expect(await db.reports.count()).toBe(0);
    expect(await db.reportTexts.count()).toBe(0);
  });
});
