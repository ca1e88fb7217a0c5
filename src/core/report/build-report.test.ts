import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import type { PageMetadata } from './page-metadata';
import type { ParsedReport } from './report';
import { hidden, kept } from './working-line';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';

const NO_PAGE: PageMetadata = { published: null, source: null, author: null, summary: null };
const build = (lines: readonly string[], page: PageMetadata = NO_PAGE): ParsedReport => buildReport(lines.map((text) => kept(text)), page);
/** Blocks as `kind[level]: text`; a run-in heading as `runIn<level>: heading`. */
const outline = (report: ParsedReport): string[] =>
  report.blocks.map((b) => (b.runIn ? `runIn${b.runIn.level}: ${report.text.slice(b.start, b.runIn.end)}` : `${b.kind}${b.level ?? ''}: ${report.text.slice(b.start, b.end)}`));

const TITLE = '安平乡2023年政府工作报告';
const SPEECH = '各位代表：';
const PARAGRAPH = '全年新建大棚120个，发展食用菌产业基地2个，带动农户增收860元。';

describe('buildReport: incomplete', () => {
  it.each([
    ['a sentence', PARAGRAPH],
    ['an exclamation', '让我们团结一心，为建设美丽安平而努力奋斗！'],
    ['a closing quote', '乡党委提出，全力打造“茶旅融合示范乡。”'],
    ['a closing bracket', '新建便民桥梁3座（含危桥改造1座）'],
  ])('is false when the last paragraph ends with %s', (_name, last) => {
    expect(build([TITLE, SPEECH, PARAGRAPH, last]).incomplete).toBe(false);
  });

  it.each([
    ['mid-sentence', '（四）以人为本、以利惠民，夯实高水平民生保障。全年新建村级养老服务站4个，城乡居民医保参'],
    ['mid-word in a long paragraph', `${PARAGRAPH}新建高标准农田1600亩，培育家庭农`],
    ['on a comma', '全年新建大棚120个，'],
    ['on a heading', '二、2023年工作安排'],
    ['on a run-in heading cut after its first sentence', '（五）以人为本、以利惠民，夯实高水平民生保'],
  ])('is true when the text ends %s', (_name, last) => {
    expect(build([TITLE, SPEECH, PARAGRAPH, last]).incomplete).toBe(true);
  });

  it('ignores hidden lines after the last block', () => {
    const report = buildReport([kept(TITLE), kept(PARAGRAPH), hidden('您可能关注的文档', 'paywall'), hidden('回到顶部', 'page-chrome')], NO_PAGE);
    expect(report.incomplete).toBe(false);
    expect(report.hidden.map((h) => h.before)).toEqual([2, 2]);
  });
});

describe('buildReport: title and front matter', () => {
  it('finds the title line below lines that are not one', () => {
    const report = build(['-', '2023-05-06', TITLE, SPEECH, PARAGRAPH]);
    expect(report.title).toBe(TITLE);
    expect(outline(report).slice(0, 3)).toEqual(['paragraph: -', 'paragraph: 2023-05-06', `title: ${TITLE}`]);
  });

  it('takes a title the format declared, wherever it stands', () => {
    const report = buildReport([kept(PARAGRAPH), kept('过去一年的工作回顾', { role: 'title' }), kept(PARAGRAPH)], NO_PAGE);
    expect(report.title).toBe('过去一年的工作回顾');
    expect(outline(report)[1]).toBe('title: 过去一年的工作回顾');
  });

  it.each([
    ['a venue line with an Arabic date', ['——2023年1月9日在安平乡第十届人民代表大会第三次会议上'], { date: '2023-01-09', speaker: null }],
    ['a venue line with a Chinese date', ['——二〇二三年一月十日在安平乡第十届人民代表大会第三次会议上'], { date: '2023-01-10', speaker: null }],
    ['a bracketed lone date and a speaker', ['（二〇二二年十二月二十一日）', '乡长  苏晓风'], { date: '2022-12-21', speaker: '乡长 苏晓风' }],
    ['a speaker, then a venue line', ['安平乡人民政府乡长 苏晓风', '——2023年1月9日在安平乡第十届人民代表大会第三次会议上'], { date: '2023-01-09', speaker: '安平乡人民政府乡长 苏晓风' }],
    ['a bracketed note', ['（书面报告，2023年1月9日）'], { date: null, speaker: null }],
  ])('reads front matter: %s', (_name, front, expected) => {
    const report = build([TITLE, ...front, SPEECH, '一、2022年工作回顾', PARAGRAPH]);
    expect(report).toMatchObject(expected);
    expect(outline(report).slice(1, 1 + front.length).every((line) => line.startsWith('paragraph: '))).toBe(true);
    expect(report.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
  });

  it('does not read a date in the body as the delivery date', () => {
    expect(build([TITLE, SPEECH, PARAGRAPH, '2023年1月10日']).date).toBeNull();
  });

  it('takes the year from the delivery date when the title names none', () => {
    const report = build(['政府工作报告', '——2023年1月9日在安平乡第十届人民代表大会第三次会议上', SPEECH]);
    expect(report).toMatchObject({ title: '安平乡政府工作报告', year: 2023, place: '安平乡', placeLevel: '乡', date: '2023-01-09' });
  });

  it('completes a generic title with a year from the venue', () => {
    const report = build(['2023年政府工作报告', '——2023年1月9日在青石县第十八届人民代表大会第二次会议上', SPEECH]);
    expect(report).toMatchObject({ title: '青石县2023年政府工作报告', year: 2023, place: '青石县', placeLevel: '县' });
  });

  it('passes the page metadata on', () => {
    const page: PageMetadata = { published: '2023-04-18 09:30', source: '青石县人民政府网', author: '苏晓风', summary: '安平乡经济平稳增长。' };
    expect(build([TITLE, PARAGRAPH], page)).toMatchObject(page);
  });

  it('throws a RangeError for a report without a kept line', () => {
    expect(() => buildReport([hidden('回到顶部', 'page-chrome')], NO_PAGE)).toThrow(RangeError);
  });
});

describe('buildReport: outline', () => {
  it('gives unnumbered headings above 一、 level 1, and 一、 level 2', () => {
    const report = build([TITLE, SPEECH, '2022年工作回顾', PARAGRAPH, '2023年工作安排', '一、稳预期、提信心，推动经济持续回升向好', PARAGRAPH, '二、强产业、促融合，做大做强特色产业', PARAGRAPH]);
    expect(outline(report).filter((line) => /^heading/u.test(line))).toEqual([
      'heading1: 2022年工作回顾',
      'heading1: 2023年工作安排',
      'heading2: 一、稳预期、提信心，推动经济持续回升向好',
      'heading2: 二、强产业、促融合，做大做强特色产业',
    ]);
  });

  it('gives 一、 above unnumbered headings level 1, and those level 2', () => {
    const report = build([
      TITLE,
      SPEECH,
      '一、2022年工作回顾',
      '一年来，我们全力抓转型、调结构，产业布局更加优化',
      PARAGRAPH,
      '一年来，我们全力办实事、惠民生，群众福祉持续增进',
      PARAGRAPH,
      '二、2023年工作安排',
      PARAGRAPH,
    ]);
    expect(outline(report).filter((line) => /^heading/u.test(line))).toEqual([
      'heading1: 一、2022年工作回顾',
      'heading2: 一年来，我们全力抓转型、调结构，产业布局更加优化',
      'heading2: 一年来，我们全力办实事、惠民生，群众福祉持续增进',
      'heading1: 二、2023年工作安排',
    ]);
  });

  it('gives run-in headings the level of their style', () => {
    const report = build([TITLE, '一、2022年工作回顾', '（一）产业发展稳步推进。全年新建大棚120个。', '（二）民生保障持续加强。新建养老服务站4个。', '二、2023年工作安排', PARAGRAPH]);
    expect(outline(report)).toEqual([
      `title: ${TITLE}`,
      'heading1: 一、2022年工作回顾',
      'runIn2: （一）产业发展稳步推进。',
      'runIn2: （二）民生保障持续加强。',
      'heading1: 二、2023年工作安排',
      `paragraph: ${PARAGRAPH}`,
    ]);
  });

  it('finds captions between paragraphs', () => {
    const report = build([TITLE, PARAGRAPH, '安平乡食用菌产业基地', PARAGRAPH]);
    expect(outline(report)[2]).toBe('caption: 安平乡食用菌产业基地');
  });

  it('never takes speech to the deputies for a heading', () => {
    const report = build([TITLE, '各位代表', PARAGRAPH, '各位代表：', PARAGRAPH]);
    expect(report.blocks.filter((b) => b.kind === 'heading' || b.kind === 'caption')).toEqual([]);
  });

  it('reads the township fixture’s outline with levels by nesting', () => {
    const report = build(TOWNSHIP_REPORT.split('\n'));
    expect(report.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2, 2, 1, 2]);
  });
});
