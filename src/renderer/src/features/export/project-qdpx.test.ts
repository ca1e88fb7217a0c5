import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../core/anchoring/describe-range';
import { qdcXml } from '../../../../core/refi-qda/qdc-writer';
import { readQdc } from '../../../../core/refi-qda/qdc-reader';
import { qdpx } from '../../../../core/refi-qda/qdpx-writer';
import { readQdpx } from '../../../../core/refi-qda/qdpx-reader';
import type { Theme } from '../../../../core/themes/theme';
import { LibraryDatabase, type HighlightRecord, type ReportRecord } from '../../db/db';
import { textHashOf } from '../annotate/new-highlight';
import { importCodebook, importProject, projectFromLibrary, REPORT_VARIABLES } from './project-qdpx';

const TEXT_A = '红河镇2024年政府工作报告\n各位代表：\n全镇新修机耕道12公里，𠀀坝水库除险加固完工。\n持续抓好森林防火。';
const TEXT_B = '绿洲乡2023年政府工作报告\n扎实推进人居环境整治，改厕300户。';
const NOW = '2025-06-01T00:00:00.000Z';

function report(id: string, text: string, fields: Partial<ReportRecord>): ReportRecord {
  return {
    id, title: '', place: null, placeLevel: null, year: null, region: null, date: null, published: null, speaker: null, source: null,
    author: null, summary: null, incomplete: false, compilationTitle: null, warnings: [], size: text.length, sourceHash: `file-${id}`,
    sourceIndex: 0, sourceName: `${id}.txt`, encoding: 'utf-8', importedAt: `2025-01-0${id.length}T00:00:00.000Z`, sample: false, ...fields,
  };
}

const THEMES: Theme[] = [
  { id: 'rural', name: '乡村振兴', color: '#d0f19c', description: '三农工作', keywords: ['机耕道', '水库'], parentId: null, order: 0 },
  { id: 'water', name: '水利设施', color: '#74e8ca', description: '', keywords: [], parentId: 'rural', order: 0 },
  { id: 'safety', name: '安全生产', color: '#fdb5b6', description: '防火与应急', keywords: [], parentId: null, order: 1 },
];

async function highlight(db: LibraryDatabase, id: string, reportId: string, text: string, passage: string, themeIds: string[], note: string, madeOn = text): Promise<void> {
  const start = madeOn.indexOf(passage);
  const record: HighlightRecord = {
    id, reportId, themeIds, note, selectors: describeRange(madeOn, start, start + passage.length), textHash: await textHashOf(madeOn),
    createdAt: '2025-02-01T08:00:00.000Z', updatedAt: '2025-02-03T08:00:00.000Z',
  };
  await db.highlights.add(record);
}

/** A small library: two reports, a nested codebook, four highlights of which one has moved and one is lost. */
async function fill(db: LibraryDatabase): Promise<void> {
  await db.reports.bulkAdd([
    report('a', TEXT_A, { title: '红河镇2024年政府工作报告', place: '红河镇', placeLevel: '镇', year: 2024, date: '2024-01-10', speaker: '镇长' }),
    report('bb', TEXT_B, { title: '绿洲乡2023年政府工作报告', place: '绿洲乡', placeLevel: '乡', year: 2023 }),
  ]);
  await db.reportTexts.bulkAdd([
    { reportId: 'a', text: TEXT_A, blocks: [], hidden: [] },
    { reportId: 'bb', text: TEXT_B, blocks: [], hidden: [] },
  ]);
  await db.themes.bulkAdd(THEMES);
  await highlight(db, 'h1', 'a', TEXT_A, '全镇新修机耕道12公里', ['rural'], '基础设施 & 投入');
  await highlight(db, 'h2', 'a', TEXT_A, '𠀀坝水库除险加固完工', ['water', 'rural'], '');
  // Made on an older text with a line since taken out: the quote has moved and must be re-anchored.
  await highlight(db, 'h3', 'a', TEXT_A, '持续抓好森林防火', ['safety'], '防火', TEXT_A.replace('各位代表：\n', ''));
  // Made on a text whose passage is gone: an orphan.
  await highlight(db, 'h4', 'bb', TEXT_B, '已删除的段落内容', ['rural'], '', `${TEXT_B}\n已删除的段落内容`);
  await highlight(db, 'h5', 'bb', TEXT_B, '改厕300户', ['rural'], '厕所革命');
}

let n = 0;
const open: LibraryDatabase[] = [];
function database(): LibraryDatabase {
  const db = new LibraryDatabase(`project-qdpx-${++n}`);
  open.push(db);
  return db;
}
let source: LibraryDatabase;
beforeEach(async () => {
  source = database();
  await fill(source);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** Each highlight of `db` as [report title, passage, theme names, note]. */
async function highlightsOf(db: LibraryDatabase): Promise<[string, string, string[], string][]> {
  const reports = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
  const themes = new Map((await db.themes.toArray()).map((t) => [t.id, t.name]));
  const rows = await Promise.all(
    (await db.highlights.toArray()).map(async (h) => {
      const body = (await db.reportTexts.get(h.reportId))!;
      const { start, end } = h.selectors.position;
      expect(body.text.slice(start, end)).toBe(h.selectors.quote.exact);
      expect(h.textHash).toBe(await textHashOf(body.text));
      return [reports.get(h.reportId)!.title, h.selectors.quote.exact, h.themeIds.map((id) => themes.get(id)!), h.note] as [string, string, string[], string];
    }),
  );
  return rows.sort((a, b) => (a[1] < b[1] ? -1 : 1));
}

/** The codebook of `db` as nested [name, colour, description, keywords, children]. */
async function codebookOf(db: LibraryDatabase): Promise<unknown[]> {
  const themes = await db.themes.toArray();
  const under = (parentId: string | null): unknown[] =>
    themes.filter((t) => t.parentId === parentId).sort((a, b) => a.order - b.order).map((t) => [t.name, t.color, t.description, t.keywords, under(t.id)]);
  return under(null);
}

describe('projectFromLibrary', () => {
  it('exports every report with its metadata, places moved highlights and leaves out orphans, counting them', async () => {
    const { project, orphans } = await projectFromLibrary(source, { now: NOW });
    expect(orphans).toBe(1);
    expect(project.sources.map((s) => s.name)).toEqual(['红河镇2024年政府工作报告', '绿洲乡2023年政府工作报告']);
    expect(project.sources[0]!.variables).toEqual([
      { name: REPORT_VARIABLES.title, type: 'Text', value: '红河镇2024年政府工作报告' },
      { name: REPORT_VARIABLES.place, type: 'Text', value: '红河镇' },
      { name: REPORT_VARIABLES.placeLevel, type: 'Text', value: '镇' },
      { name: REPORT_VARIABLES.year, type: 'Integer', value: '2024' },
      { name: REPORT_VARIABLES.date, type: 'Date', value: '2024-01-10' },
      { name: REPORT_VARIABLES.speaker, type: 'Text', value: '镇长' },
    ]);
    const moved = project.sources[0]!.selections.find((s) => s.note === '防火')!;
    expect(TEXT_A.slice(moved.start, moved.end)).toBe('持续抓好森林防火');
    expect(project.codebook.codes.map((c) => [c.name, c.children.map((k) => k.name)])).toEqual([['乡村振兴', ['水利设施']], ['安全生产', []]]);
  });

  it('exports only the reports asked for, in the order asked', async () => {
    const { project, orphans } = await projectFromLibrary(source, { reportIds: ['bb', 'missing'] });
    expect(project.sources.map((s) => s.name)).toEqual(['绿洲乡2023年政府工作报告']);
    expect(orphans).toBe(1);
  });

  it('gives the same bytes twice for the same library', async () => {
    const once = await qdpx((await projectFromLibrary(source, { now: NOW })).project);
    expect(await qdpx((await projectFromLibrary(source, { now: NOW })).project)).toEqual(once);
  });
});

describe('importProject', () => {
  it('brings an exported library into an empty one: same texts, codebook and highlights', async () => {
    const bytes = await qdpx((await projectFromLibrary(source, { now: NOW })).project);
    const target = database();
    const outcome = await importProject(target, await readQdpx(bytes), NOW);
    expect(outcome).toEqual({ reports: { added: [expect.any(String), expect.any(String)], duplicates: 0 }, themes: { added: 3, merged: 0 }, highlights: { added: 4, skipped: 0 } });

    const reports = await target.reports.orderBy('title').toArray();
    expect(reports.map((r) => [r.title, r.place, r.placeLevel, r.year, r.date, r.speaker, r.size])).toEqual([
      ['红河镇2024年政府工作报告', '红河镇', '镇', 2024, '2024-01-10', '镇长', TEXT_A.length],
      ['绿洲乡2023年政府工作报告', '绿洲乡', '乡', 2023, null, null, TEXT_B.length],
    ]);
    const body = (await target.reportTexts.get(reports[0]!.id))!;
    expect(body.text).toBe(TEXT_A);
    expect(body.blocks[0]).toEqual({ kind: 'title', start: 0, end: TEXT_A.indexOf('\n') });
    expect(body.blocks).toHaveLength(4);
    expect(reports[0]!.sourceHash).toBe(await textHashOf(TEXT_A));

    expect(await codebookOf(target)).toEqual(await codebookOf(source));
    expect(await highlightsOf(target)).toEqual([
      ['红河镇2024年政府工作报告', '全镇新修机耕道12公里', ['乡村振兴'], '基础设施 & 投入'],
      ['红河镇2024年政府工作报告', '持续抓好森林防火', ['安全生产'], '防火'],
      ['绿洲乡2023年政府工作报告', '改厕300户', ['乡村振兴'], '厕所革命'],
      ['红河镇2024年政府工作报告', '𠀀坝水库除险加固完工', ['水利设施', '乡村振兴'], ''],
    ]);
    const kept = (await target.highlights.toArray()).find((h) => h.note === '基础设施 & 投入')!;
    expect([kept.createdAt, kept.updatedAt]).toEqual(['2025-02-01T08:00:00.000Z', '2025-02-03T08:00:00.000Z']);
  });

  it('keeps offsets exact after 𠀀 (two code units here, one position in the file)', async () => {
    const target = database();
    await importProject(target, await readQdpx(await qdpx((await projectFromLibrary(source)).project)), NOW);
    const after = (await target.highlights.toArray()).find((h) => h.selectors.quote.exact.startsWith('𠀀'))!;
    expect(after.selectors.position.start).toBe(TEXT_A.indexOf('𠀀'));
  });

  it('skips sources the library already holds, so a second import adds nothing', async () => {
    const project = await readQdpx(await qdpx((await projectFromLibrary(source)).project));
    const target = database();
    await importProject(target, project, NOW);
    const again = await importProject(target, project, NOW);
    expect(again).toEqual({ reports: { added: [], duplicates: 2 }, themes: { added: 0, merged: 3 }, highlights: { added: 0, skipped: 4 } });
    expect(await target.highlights.count()).toBe(4);
    // The library the project came from holds the texts under their files' hashes: still duplicates.
    const home = await importProject(source, project, NOW);
    expect(home.reports).toEqual({ added: [], duplicates: 2 });
    expect(await source.themes.count()).toBe(3);
  });

  it('writes nothing when a write fails, since it is one transaction', async () => {
    const project = await readQdpx(await qdpx((await projectFromLibrary(source)).project));
    const target = database();
    let calls = 0;
    await expect(importProject(target, project, NOW, { newId: () => (++calls > 4 ? 'same-id' : `id-${calls}`) })).rejects.toThrow();
    expect([await target.reports.count(), await target.themes.count(), await target.highlights.count()]).toEqual([0, 0, 0]);
  });
});

describe('importCodebook', () => {
  it('merges codes of the same name at the same place and adds the rest, keeping nesting', async () => {
    const codebook = readQdc(qdcXml((await projectFromLibrary(source)).project.codebook));
    codebook.codes[0]!.children.push({ guid: 'aaaaaaaa-0000-4000-8000-000000000001', name: '高标准农田', color: null, description: '', keywords: ['农田'], codable: true, children: [] });
    expect(await importCodebook(source, codebook)).toEqual({ added: 1, merged: 3 });
    const added = (await source.themes.toArray()).find((t) => t.name === '高标准农田')!;
    expect(added).toMatchObject({ parentId: 'rural', order: 1, keywords: ['农田'] });
    expect(added.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
