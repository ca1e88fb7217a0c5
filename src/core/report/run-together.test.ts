import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './run-together';
import { hidden, kept, type KeptLine, type WorkingLine } from './working-line';
import { DOC_SHARING_TEXT } from '../fixtures/doc-sharing-report';

const texts = (lines: readonly WorkingLine[]): string[] => lines.map((l) => (l.kind === 'kept' ? l.text : `[${l.reason}: ${l.text}]`));

/** Report prose, long enough (300+ characters) for a line to be suspected of running together. */
const PROSE =
  '2023年，全镇实现地区生产总值9.36亿元，同比增长6.2%；规模以上工业总产值2.15亿元，完成目标任务的102%；固定资产投资3.08亿元，完成目标任务100%；一般公共预算收入4120万元，同比增长5.1%。' +
  '新建高标准茶园1200亩，改造低产茶园800亩，全镇茶园面积达到2.6万亩，带动茶农户均增收3100元。' +
  '全面落实防止返贫动态监测和帮扶机制，累计识别监测对象86户，落实帮扶措施320条，完成农村公路硬化18公里，新建便民桥梁3座。' +
  '深入开展安全生产大排查大整治，排查整改隐患152处，化解矛盾纠纷98件，全年未发生较大以上安全事故和群体性事件，社会大局和谐稳定。全年新增城镇就业岗位410个，城乡居民医保参保率达到98.5%。';
const MORE = '2023年，我镇各项工作虽然取得了一定成绩，但也存在一些困难和问题：一是产业结构较为单一；二是基础设施仍有短板。';

describe('splitRunTogether', () => {
  it('is tested with prose of 300 characters or more', () => {
    expect(Array.from(PROSE).length).toBeGreaterThanOrEqual(300);
  });

  it('cuts a long line at a section heading that follows a sentence end', () => {
    const line = `${PROSE}二、存在问题及原因分析${MORE}`;
    expect(texts(splitRunTogether([kept(line)]))).toEqual([PROSE, '二、存在问题及原因分析', MORE]);
  });

  it.each([
    ['三、2024年工作谋划', '2024年是实现“十四五”规划目标任务的关键一年。'],
    ['二、2023年工作安排', '今年政府工作的主要预期目标是：地区生产总值增长6%左右。'],
    ['三、全面加强政府自身建设', '我们将坚持依法行政，持续改进作风。'],
    ['四、2024年主要任务', '重点抓好以下几个方面的工作。'],
  ])('cuts out %s', (heading, after) => {
    expect(texts(splitRunTogether([kept(`${PROSE}${heading}${after}`)]))).toEqual([PROSE, heading, after]);
  });

  it('cuts a leading report title off the first line', () => {
    const line = `2024年度山镇政府工作报告${PROSE}`;
    expect(texts(splitRunTogether([kept(line)]))).toEqual(['2024年度山镇政府工作报告', PROSE]);
  });

  it('cuts a leading title and the section heading right after it', () => {
    const line = `白鹭镇2024年政府工作报告一、2023年工作推进情况${PROSE}`;
    expect(texts(splitRunTogether([kept(line)]))).toEqual(['白鹭镇2024年政府工作报告', '一、2023年工作推进情况', PROSE]);
  });

  it('cuts the whole dump of the doc-sharing fixture at its title and three sections', () => {
    const pieces = texts(splitRunTogether([kept(DOC_SHARING_TEXT)]));
    expect(pieces.join('')).toBe(DOC_SHARING_TEXT);
    expect(pieces.filter((p) => p.length < 20)).toEqual(['2024年度山镇政府工作报告', '一、2023年工作推进情况', '二、存在问题及原因分析', '三、2024年工作谋划']);
  });

  it('cuts the title only off the first kept line, hidden lines before it aside', () => {
    const line = `白鹭镇2024年政府工作报告${PROSE}`;
    expect(texts(splitRunTogether([hidden('首页 > 政务公开', 'navigation'), kept(line)]))).toEqual([
      '[navigation: 首页 > 政务公开]',
      '白鹭镇2024年政府工作报告',
      PROSE,
    ]);
    expect(texts(splitRunTogether([kept('白鹭镇2024年政府工作报告'), kept(line)]))).toEqual(['白鹭镇2024年政府工作报告', line]);
  });

  it.each([
    ['a short line', `全镇经济平稳增长。二、存在问题及原因分析${MORE}`],
    ['a section number inside a sentence', `${PROSE}推进一、二、三产业融合发展情况良好，${MORE}`],
    ['a section number without a heading word after it', `${PROSE}二、全镇上下团结一心${MORE}`],
    ['a report named inside a sentence, not leading', `${PROSE}镇人民政府认真落实了《白鹭镇2023年政府工作报告》确定的目标任务。`],
    ['a title in book-title marks', `《白鹭镇2023年政府工作报告》${PROSE}`],
  ])('leaves %s whole', (_name, line) => {
    expect(texts(splitRunTogether([kept(line)]))).toEqual([line]);
  });

  it('leaves a line the format declared whole', () => {
    const line = kept(`${PROSE}二、存在问题及原因分析${MORE}`, { role: 'heading', level: 1 });
    expect(splitRunTogether([line])).toEqual([line]);
  });

  it('keeps removed pieces with the first piece and the continuation with the last', () => {
    const line = kept(`${PROSE}二、存在问题及原因分析${MORE}`, { removed: [{ text: '1、', reason: 'site-chunk-number' }], continues: true });
    const pieces = splitRunTogether([line]) as KeptLine[];
    expect(pieces.map((p) => [p.removed.length, p.continues])).toEqual([
      [1, false],
      [0, false],
      [0, true],
    ]);
  });
});
