import { describe, expect, it } from 'vitest';
import { readText } from '../import/formats/text';
import { splitCompilation } from './compilation';
import { parseSource } from './parse-source';
import { hidden, kept, type WorkingLine } from './working-line';
import {
  COMPILATION_CUT_END,
  COMPILATION_LISTED,
  COMPILATION_MISSING,
  COMPILATION_PRESENT,
  COMPILATION_REPORT,
} from '../fixtures/compilation-report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';

const parse = (text: string) => parseSource(readText(new TextEncoder().encode(text)));
const keptLines = (lines: readonly string[]): WorkingLine[] => lines.map((text) => kept(text));
/** The first line of each report a split gives. */
const openings = (reports: readonly WorkingLine[][]): string[] => reports.map((r) => r[0]!.text);

/** A short body: title, address, one section, one paragraph. */
const body = (title: string): string[] => [title, '各位代表：', '一、2022年工作回顾', `${title.slice(0, 3)}全年经济平稳运行。`];

describe('splitCompilation on the compilation fixture', () => {
  const result = parse(COMPILATION_REPORT);

  it('reads the compilation: its title, the count it declares, what it lists and what is missing', () => {
    expect(result.compilation).toEqual({
      title: '2023年政府工作报告汇编(5篇)',
      declared: 5,
      listed: COMPILATION_LISTED,
      missing: COMPILATION_MISSING,
    });
  });

  it('makes each body a report of its own, in order, and none for the missing titles', () => {
    expect(result.reports.map((r) => r.title)).toEqual(COMPILATION_PRESENT);
    expect(result.reports.map((r) => [r.place, r.placeLevel, r.year])).toEqual([
      ['白鹭镇', '镇', 2023],
      ['安平乡', '乡', 2023],
      ['石桥镇', '镇', 2023],
    ]);
    for (const report of result.reports) expect(report.text.startsWith(`${report.title}\n`)).toBe(true);
  });

  it('hides the site header and the table of contents outside every report', () => {
    expect(result.hidden.map((h) => h.reason)).toEqual([
      'page-chrome',
      'page-chrome',
      'page-chrome',
      'paywall',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
      'table-of-contents',
    ]);
    expect(result.hidden.find((h) => h.reason === 'table-of-contents')?.text).toBe('2023年政府工作报告汇编(5篇)');
    for (const report of result.reports) expect(report.text).not.toContain('目录');
  });

  it('hides a title repeated at a page end inside a body, not taking it for a new report', () => {
    const [first] = result.reports;
    // The paragraph it cut is joined again, so the hidden title stands before that paragraph.
    expect(first!.hidden).toEqual([{ text: '白鹭镇2023年政府工作报告', reason: 'repeated-title', before: 4 }]);
    expect(first!.text.split('\n').filter((line) => line === '白鹭镇2023年政府工作报告')).toHaveLength(1);
  });

  it('rejoins the paragraph a repeated title cut in two', () => {
    expect(result.reports[0]!.text).toContain('改造提升农村公路32公里');
  });

  it('hides the compilation’s title repeated near the end, with the paywall footer', () => {
    const last = result.reports.at(-1)!;
    expect(last.hidden.map((h) => h.reason)).toEqual(['paywall', 'paywall', 'paywall', 'paywall', 'repeated-title', 'paywall', 'page-chrome', 'page-chrome']);
    expect(last.hidden[4]!.text).toBe('乡镇2023年政府工作报告汇编(5篇)');
  });

  it('marks the last body incomplete where the paywall cut it', () => {
    expect(result.reports.map((r) => r.incomplete)).toEqual([false, false, true]);
    expect(result.reports.at(-1)!.text.endsWith(COMPILATION_CUT_END)).toBe(true);
  });

  it('reads each body’s own front matter and outline', () => {
    const [baiLu, anPing, shiQiao] = result.reports;
    expect(anPing).toMatchObject({ date: '2023-01-09' });
    const headings = (r: typeof baiLu) => r!.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${r!.text.slice(b.start, b.end).slice(0, 8)}`] : []));
    expect(headings(baiLu)).toEqual(['1:2022年工作回', '1:2023年工作安', '2:一、稳预期、提信', '2:二、强产业、促融']);
    expect(headings(anPing)).toEqual(['1:一、2022年工', '1:二、2023年工']);
    expect(headings(shiQiao)).toEqual(['1:一、2022年工', '1:二、2023年工', '2:(一)靶向定位,', '2:(四)以人为本、']);
    for (const report of result.reports) {
      expect(report.blocks.some((b) => b.kind === 'heading' && report.text.slice(b.start, b.end).startsWith('各位代表'))).toBe(false);
    }
  });
});

describe('splitCompilation', () => {
  it('reports one listed title without a body as missing', () => {
    const lines = ['2023年政府工作报告汇编', '目录', '1.白鹭镇2023年政府工作报告 2', '2.安平乡2023年政府工作报告 9', ...body('白鹭镇2023年政府工作报告')];
    const split = splitCompilation(keptLines(lines));
    expect(split.compilation).toEqual({
      title: '2023年政府工作报告汇编',
      declared: null,
      listed: ['白鹭镇2023年政府工作报告', '安平乡2023年政府工作报告'],
      missing: ['安平乡2023年政府工作报告'],
    });
    expect(openings(split.reports)).toEqual(['白鹭镇2023年政府工作报告']);
    expect(split.outside.map((l) => [l.text, l.kind === 'hidden' ? l.reason : 'kept'])).toEqual([
      ['2023年政府工作报告汇编', 'table-of-contents'],
      ['目录', 'table-of-contents'],
      ['1.白鹭镇2023年政府工作报告 2', 'table-of-contents'],
      ['2.安平乡2023年政府工作报告 9', 'table-of-contents'],
    ]);
  });

  it.each([
    ['a number alone on its line, then the title and page', ['1.', '白鹭镇2023年政府工作报告 2', '2.安平乡2023年政府工作报告 31']],
    ['dotted leaders', ['白鹭镇2023年政府工作报告……2', '安平乡2023年政府工作报告……31']],
    ['numbers with 、 and no page numbers', ['1、白鹭镇2023年政府工作报告', '2、安平乡2023年政府工作报告']],
    ['a listed title with 人民政府 the body leaves out', ['1.白鹭镇人民政府2023年政府工作报告 2', '2.安平乡2023年政府工作报告 31']],
  ])('reads a table of contents with %s', (_name, entries) => {
    const lines = ['目录', ...entries, ...body('白鹭镇2023年政府工作报告'), ...body('安平乡2023年政府工作报告')];
    const split = splitCompilation(keptLines(lines));
    expect(split.compilation?.listed).toHaveLength(2);
    expect(split.compilation?.missing).toEqual([]);
    expect(openings(split.reports)).toEqual(['白鹭镇2023年政府工作报告', '安平乡2023年政府工作报告']);
  });

  it.each([
    ['(5篇)', 5],
    ['（12篇）', 12],
    ['(十二篇)', 12],
    ['（五篇）', 5],
    [' 19篇', 19],
    ['', null],
  ] as const)('reads the declared count from a title ending %j', (suffix, declared) => {
    const lines = [`2023年政府工作报告汇编${suffix}`, '目录', '1.白鹭镇2023年政府工作报告 2', ...body('白鹭镇2023年政府工作报告')];
    expect(splitCompilation(keptLines(lines)).compilation?.declared).toBe(declared);
  });

  it('splits reports opening with a venue line, without a table of contents', () => {
    const lines = [
      '乡镇政府工作报告选编',
      '白鹭镇2023年政府工作报告',
      '——2023年1月10日在白鹭镇第十八届人民代表大会第三次会议上',
      '各位代表：',
      '全镇经济平稳运行。',
      '安平乡2023年政府工作报告',
      '（2023年1月9日在安平乡第十届人民代表大会第三次会议上）',
      '各位代表：',
      '全乡经济平稳运行。',
    ];
    const split = splitCompilation(keptLines(lines));
    expect(split.compilation).toEqual({ title: '乡镇政府工作报告选编', declared: null, listed: [], missing: [] });
    expect(openings(split.reports)).toEqual(['白鹭镇2023年政府工作报告', '安平乡2023年政府工作报告']);
    expect(split.outside).toEqual([hidden('乡镇政府工作报告选编', 'cover')]);
  });

  it('keeps the pieces taken out of a line it hides (a site’s chunk number), before the line', () => {
    const cover = kept('乡镇政府工作报告选编', { removed: [{ text: '1、', reason: 'site-chunk-number' }] });
    const split = splitCompilation([cover, ...keptLines([...body('白鹭镇2023年政府工作报告'), ...body('安平乡2023年政府工作报告')])]);
    expect(split.outside).toEqual([hidden('1、', 'site-chunk-number'), hidden('乡镇政府工作报告选编', 'cover')]);
  });

  it('does not take a title repeated without the speech after it for a new report', () => {
    const lines = [...body('白鹭镇2023年政府工作报告'), '白鹭镇2023年政府工作报告', '二、2023年工作安排', '全镇继续做好各项工作。', ...body('安平乡2023年政府工作报告')];
    const split = splitCompilation(keptLines(lines));
    expect(openings(split.reports)).toEqual(['白鹭镇2023年政府工作报告', '安平乡2023年政府工作报告']);
    expect(split.reports[0]![4]).toEqual(hidden('白鹭镇2023年政府工作报告', 'repeated-title'));
  });

  it.each([
    ['a single report', TOWNSHIP_REPORT.split('\n')],
    ['a single report naming another in its text', ['白鹭镇2023年政府工作报告', '各位代表：', '《安平乡2023年政府工作报告》提出的目标全面完成。']],
    ['a report with a table of contents but no listed body', ['目录', '1.过去一年的工作 2', '2.今年的工作安排 5', '过去一年的工作', '全镇经济平稳运行。']],
  ])('leaves %s whole', (_name, lines) => {
    const working = keptLines(lines);
    expect(splitCompilation(working)).toEqual({ compilation: null, reports: [working], outside: [] });
  });
});
