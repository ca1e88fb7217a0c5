import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryDatabase, type ReportRecord } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { deleteReport } from '../library/delete-report';
import { importText, parse } from '../library/fixtures/import-text';
import { replaceReportText } from '../library/replace-report-text';
import { listable, listMatches, LISTED_MATCHES, matchInContext, SCAN_LIMIT_CHARS, searchLibrary, type LibrarySearch } from './search-library';


/** A short report the tests write: a title, the venue line, and the given paragraphs. */
function report(place: string, year: number, ...paragraphs: string[]): string {
  return [`${place}${year}年政府工作报告`, `——${year}年1月8日在${place}第五届人民代表大会第二次会议上`, '各位代表：', ...paragraphs].join('\n');
}

const REPORTS = {
  qingshui: report('清水镇', 2024, '一、工作回顾', '持续优化营商环境，营商环境评价位居全县前列。', '全镇地区生产总值增长５．２％，完成２０２３年目标。'),
  // Holds every pair of 营商环境 (营商, 商环, 环境) but never the term itself: a false candidate.
  baishi: report('白石乡', 2024, '一、工作回顾', '引进营商主体12家，开展商环联动，改善人居环境。', '地区生产总值增长5.2%。'),
  hexi: report('河西县', 2023, '一、工作回顾', '深化“放管服”改革，优化营商环境。', '粮食总产稳定在2023年水平。'),
};

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = new LibraryDatabase(`search-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

async function importAll(): Promise<Record<keyof typeof REPORTS, string>> {
  return {
    qingshui: await importText(db, '清水镇.txt', REPORTS.qingshui),
    baishi: await importText(db, '白石乡.txt', REPORTS.baishi),
    hexi: await importText(db, '河西县.txt', REPORTS.hexi),
  };
}

const titles = (search: LibrarySearch) => search.results.map((result) => result.report.title);

describe('the library searched', () => {
  it('takes in a report imported since the last search', async () => {
    await importAll();
    expect(titles(await searchLibrary(db, '低空经济'))).toEqual([]);
    await importText(db, '东山镇.txt', report('东山镇', 2024, '一、工作回顾', '推进低空经济发展。'));
    expect(titles(await searchLibrary(db, '低空经济'))).toEqual(['东山镇2024年政府工作报告']);
  });

  it('follows a report whose text is replaced', async () => {
    const { hexi } = await importAll();
    expect(titles(await searchLibrary(db, '放管服'))).toEqual(['河西县2023年政府工作报告']);
    const corrected = report('河西县', 2023, '一、工作回顾', '建设数字乡村，推进低空经济。');
    const bytes = new TextEncoder().encode(corrected);
    await replaceReportText(db, hexi, await parse(bytes, '河西县-修订.txt'), { name: '河西县-修订.txt', hash: await sha256Hex(bytes) });
    expect(titles(await searchLibrary(db, '低空经济'))).toEqual(['河西县2023年政府工作报告']);
    expect(titles(await searchLibrary(db, '放管服'))).toEqual([]);
  });

  it('loses a deleted report', async () => {
    const { qingshui } = await importAll();
    expect(titles(await searchLibrary(db, '营商环境'))).toHaveLength(2);
    await deleteReport(db, qingshui);
    expect(titles(await searchLibrary(db, '营商环境'))).toEqual(['河西县2023年政府工作报告']);
  });
});

describe('searchLibrary', () => {
  it('finds a term in context, grouped by report, most matches first', async () => {
    const ids = await importAll();
    const search = await searchLibrary(db, '营商环境');
    expect(search).toMatchObject({ status: 'done', matchCount: 3, limited: false });
    expect(titles(search)).toEqual(['清水镇2024年政府工作报告', '河西县2023年政府工作报告']);
    const [first] = search.results;
    expect(first?.count).toBe(2);
    expect(matchInContext(first!, first!.matches[0]!)).toMatchObject({ before: '持续优化', match: '营商环境', after: '，营商环境评价位居全县前列。', cutBefore: false });
    const text = (await db.reportTexts.get(ids.qingshui))!.text;
    for (const match of first!.matches) expect(text.slice(match.start, match.end)).toBe('营商环境');
  });

  it('keeps only the reports that hold the term whole, not its pairs apart', async () => {
    const ids = await importAll();
    const search = await searchLibrary(db, '营商环境');
    expect(search.candidates).toBe(3);
    expect(search.results.map((result) => result.report.id)).not.toContain(ids.baishi);
  });

  it('lists only the first matches asked for, and the others of a report when asked', async () => {
    const ids = await importAll();
    const search = await searchLibrary(db, '营商环境', { contextsPerReport: 1 });
    const qingshui = search.results.find((result) => result.report.id === ids.qingshui)!;
    expect(qingshui).toMatchObject({ count: 2 });
    expect(qingshui.matches).toHaveLength(1);
    expect(listable(qingshui)).toBe(2);
    const all = listMatches(qingshui, LISTED_MATCHES);
    expect(all).toHaveLength(2);
    expect(all[0]).toEqual(qingshui.matches[0]);
    const text = (await db.reportTexts.get(ids.qingshui))!.text;
    for (const match of all) expect(text.slice(match.start, match.end)).toBe('营商环境');
  });

  it('finds full-width digits with half-width ones and the other way round, at the right offsets', async () => {
    const ids = await importAll();
    const search = await searchLibrary(db, '5.2%');
    expect(titles(search).sort()).toEqual(['清水镇2024年政府工作报告', '白石乡2024年政府工作报告'].sort());
    const qingshui = search.results.find((result) => result.report.id === ids.qingshui)!;
    expect(matchInContext(qingshui, qingshui.matches[0]!).match).toBe('５．２％');
    const text = (await db.reportTexts.get(ids.qingshui))!.text;
    expect(text.slice(qingshui.matches[0]!.start, qingshui.matches[0]!.end)).toBe('５．２％');
    expect(titles(await searchLibrary(db, '２０２３')).sort()).toEqual(['河西县2023年政府工作报告', '清水镇2024年政府工作报告'].sort());
  });

  it('filters by year, place level, place and report', async () => {
    const ids = await importAll();
    expect(titles(await searchLibrary(db, '工作回顾', { filters: { year: 2023 } }))).toEqual(['河西县2023年政府工作报告']);
    expect(titles(await searchLibrary(db, '工作回顾', { filters: { placeLevel: '乡' } }))).toEqual(['白石乡2024年政府工作报告']);
    expect(titles(await searchLibrary(db, '工作回顾', { filters: { place: '清水' } }))).toEqual(['清水镇2024年政府工作报告']);
    expect((await searchLibrary(db, '工作回顾', { filters: { reportIds: [ids.hexi, ids.baishi] } })).results).toHaveLength(2);
    expect((await searchLibrary(db, '工作回顾', { filters: { year: 2022 } })).status).toBe('done');
  });

  it('finds nothing for a term no report holds, and nothing to do for an empty term', async () => {
    await importAll();
    expect(await searchLibrary(db, '新质生产力')).toMatchObject({ status: 'done', results: [], matchCount: 0, candidates: 3 });
    expect((await searchLibrary(db, '  ')).status).toBe('empty');
  });

  it('reads the texts for a single character when the filters leave few, and asks for more otherwise', async () => {
    await importAll();
    const reports = await db.reports.toArray();
    const huge: ReportRecord[] = reports.map((record) => ({ ...record, size: SCAN_LIMIT_CHARS }));
    expect((await searchLibrary(db, '粮', { reports: huge })).status).toBe('too-short');
    expect(titles(await searchLibrary(db, '粮', { reports: huge, filters: { year: 2023 } }))).toEqual(['河西县2023年政府工作报告']);
    expect(titles(await searchLibrary(db, '粮'))).toEqual(['河西县2023年政府工作报告']);
    // Every text is kept now: nothing is left to read, so the whole library is searched.
    expect(titles(await searchLibrary(db, '粮', { reports: huge }))).toEqual(['河西县2023年政府工作报告']);
  });

  it('stops at the limit, caps the contexts, reports progress and can be cancelled', async () => {
    for (let i = 0; i < 20; i += 1) await importText(db, `第${i}镇.txt`, report(`第${i}镇`, 2020 + (i % 5), '推进乡村振兴。推进乡村振兴。推进乡村振兴。'));
    const limited = await searchLibrary(db, '乡村振兴', { limit: 5, contextsPerReport: 2 });
    expect(limited).toMatchObject({ status: 'done', limited: true });
    expect(limited.results).toHaveLength(5);
    expect(limited.results.every((result) => result.count === 3 && result.matches.length === 2)).toBe(true);
    // Candidates are read newest year first.
    expect(limited.results.map((result) => result.report.year).sort()).toEqual([2023, 2024, 2024, 2024, 2024]);

    // Texts still to read: the search reports its progress batch by batch, and can be stopped between two.
    const signal = { aborted: false };
    const cancelled = await searchLibrary(db, '乡村振兴', { signal, onProgress: () => (signal.aborted = true) });
    expect(cancelled).toMatchObject({ status: 'cancelled', checked: 8 });
    const seen: LibrarySearch[] = [];
    const all = await searchLibrary(db, '乡村振兴', { onProgress: (partial) => seen.push(partial) });
    expect(all).toMatchObject({ status: 'done', checked: 20, candidates: 20, matchCount: 60 });
    expect(seen[0]).toMatchObject({ status: 'searching', checked: 8 });

    // Every text kept now: the answer comes at once, the same, with nothing to report on the way.
    const progress = vi.fn();
    const again = await searchLibrary(db, '乡村振兴', { onProgress: progress });
    expect(again).toMatchObject({ status: 'done', checked: 20, candidates: 20, matchCount: 60 });
    expect(again.results.map((result) => result.report.id)).toEqual(all.results.map((result) => result.report.id));
    expect(progress).not.toHaveBeenCalled();
    expect(titles(await searchLibrary(db, '乡村振兴', { filters: { year: 2021 } }))).toHaveLength(4);
  });
});
