import { describe, expect, it } from 'vitest';
import type { Block } from '../report/report';
import { citationAt, citationLine, citations, type CitedReport } from './citation';

type Line = [Block['kind'], string, { level?: number; runIn?: number }?];

/** A report body from its lines: blocks joined by "\n", a run-in heading given as its level, ending at the first '。'. */
function bodyOf(lines: readonly Line[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let at = 0;
  for (const [kind, line, extra] of lines) {
    const block: Block = { kind, start: at, end: at + line.length };
    if (extra?.level !== undefined) block.level = extra.level;
    if (extra?.runIn !== undefined) block.runIn = { level: extra.runIn, end: at + line.indexOf('。') + 1 };
    blocks.push(block);
    at += line.length + 1;
  }
  return { text: lines.map(([, line]) => line).join('\n'), blocks };
}

const LINES: Line[] = [
  ['title', '某某镇2024年政府工作报告'],
  ['paragraph', '各位代表：'],
  ['heading', '一、2023年工作回顾', { level: 1 }],
  ['paragraph', '过去一年，全镇经济平稳运行。地区生产总值增长5.6%。'],
  ['heading', '（一）农业生产稳中有进', { level: 2 }],
  ['paragraph', '全年粮食播种面积3.2万亩，总产1.4万吨。'],
  ['caption', '图为镇区新建的农贸市场'],
  ['paragraph', '（二）民生保障持续加强。新增就业岗位300个。', { runIn: 2 }],
  ['paragraph', '改造农村危房45户。'],
  ['heading', '二、2024年工作安排', { level: 1 }],
  ['paragraph', '（一）坚持稳中求进。全力抓好项目建设。', { runIn: 2 }],
  ['paragraph', '各位代表，让我们团结一心，为建设美丽某某镇而努力奋斗！'],
];
const body = bodyOf(LINES);
const report: CitedReport = { id: 'r1', title: '某某镇2024年政府工作报告', place: '某某镇', placeLevel: '镇', year: 2024 };
const at = (phrase: string) => {
  const offset = body.text.indexOf(phrase);
  if (offset < 0) throw new Error(`fixture lacks ${phrase}`);
  return offset;
};

describe('citations', () => {
  const cite = citations(report, body);

  it.each([
    ['某某镇2024', [], 0],
    ['各位代表：', [], 1],
    ['一、2023', ['一、2023年工作回顾'], 0],
    ['地区生产总值', ['一、2023年工作回顾'], 2],
    ['（一）农业', ['一、2023年工作回顾', '（一）农业生产稳中有进'], 0],
    ['粮食播种', ['一、2023年工作回顾', '（一）农业生产稳中有进'], 3],
    ['农贸市场', ['一、2023年工作回顾', '（一）农业生产稳中有进'], 0],
    ['（二）民生', ['一、2023年工作回顾', '（二）民生保障持续加强。'], 4],
    ['新增就业', ['一、2023年工作回顾', '（二）民生保障持续加强。'], 4],
    ['农村危房', ['一、2023年工作回顾', '（二）民生保障持续加强。'], 5],
    ['二、2024', ['二、2024年工作安排'], 0],
    ['项目建设', ['二、2024年工作安排', '（一）坚持稳中求进。'], 6],
    ['团结一心', ['二、2024年工作安排', '（一）坚持稳中求进。'], 7],
  ] as const)('cites %s under %j, paragraph %i', (phrase, headingPath, paragraph) => {
    expect(cite(at(phrase))).toEqual({ reportId: 'r1', reportTitle: report.title, place: '某某镇', placeLevel: '镇', year: 2024, headingPath, paragraph });
  });

  it('gives paragraph 0 on a line break between blocks and at the very end, keeping the headings', () => {
    const lineBreak = at('改造农村危房') - 1;
    expect(body.text[lineBreak]).toBe('\n');
    expect(cite(lineBreak)).toMatchObject({ paragraph: 0, headingPath: ['一、2023年工作回顾', '（二）民生保障持续加强。'] });
    expect(cite(body.text.length)).toMatchObject({ paragraph: 0, headingPath: ['二、2024年工作安排', '（一）坚持稳中求进。'] });
  });

  it('closes a deeper heading at a shallower one, even across skipped levels', () => {
    const skipping = bodyOf([
      ['heading', '一、总体要求', { level: 1 }],
      ['heading', '1.细化目标', { level: 3 }],
      ['paragraph', '甲。'],
      ['heading', '（一）重点任务', { level: 2 }],
      ['paragraph', '乙。'],
    ]);
    const look = citations(report, skipping);
    expect(look(skipping.text.indexOf('甲')).headingPath).toEqual(['一、总体要求', '1.细化目标']);
    expect(look(skipping.text.indexOf('乙')).headingPath).toEqual(['一、总体要求', '（一）重点任务']);
  });

  it('hands out heading paths the caller may change', () => {
    const first = cite(at('农村危房'));
    first.headingPath.push('改动');
    expect(cite(at('农村危房')).headingPath).toHaveLength(2);
  });

  it('works for a report with no blocks', () => {
    expect(citations(report, { text: '', blocks: [] })(0)).toMatchObject({ headingPath: [], paragraph: 0 });
  });

  it.each([-1, 0.5, Number.NaN, body.text.length + 1])('refuses offset %s', (offset) => {
    expect(() => cite(offset)).toThrow(RangeError);
  });

  it('refuses blocks out of order', () => {
    const [first, second] = body.blocks as [Block, Block];
    expect(() => citations(report, { text: body.text, blocks: [second, first] })).toThrow(/block 1 .*out of order/);
  });

  it('answers citationAt as the lookup does', () => {
    expect(citationAt(report, body, at('粮食播种'))).toEqual(cite(at('粮食播种')));
  });
});

describe('citationLine', () => {
  it('puts the title in book-title marks, joins the parts with full-width commas and the headings with " › "', () => {
    expect(citationLine(citations(report, body)(at('新增就业')))).toBe('《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （二）民生保障持续加强，第4段');
  });

  it('leaves out what is missing', () => {
    expect(citationLine({ reportId: 'x', reportTitle: '某县政府工作报告', place: null, placeLevel: null, year: null, headingPath: [], paragraph: 0 })).toBe('《某县政府工作报告》');
  });
});
