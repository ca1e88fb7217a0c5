import { describe, expect, it } from 'vitest';
import { reportWarnings } from './report-warnings';
import { DOC_SHARING_TEXT } from '../fixtures/doc-sharing-report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { WRAPPED_PARAGRAPHS } from '../fixtures/wrapped-report';

describe('reportWarnings', () => {
  it.each([
    ['实现招商引资L8亿元', 'L8'],
    ['合作社年产值100O万元以上', '100O'],
    ['投入衔接资金Ll亿元', 'Ll'],
    ['解决沿线Iio余人出行难题', 'Iio'],
    ['新建茶园l200亩', 'l200'],
    ['带动就业3O0人', '3O0'],
    ['增长1O%', '1O'],
    ['改造农村危房5o户', '5o'],
    ['完成投资2.O亿元', '2.O'],
  ])('flags the recognition slip in %s', (text, slip) => {
    expect(reportWarnings(text)).toEqual([`ocr-slip: ${slip}`]);
  });

  it.each([
    ['GDP增长5%'],
    ['新建5G基站12个'],
    ['PM2.5平均浓度下降8%'],
    ['建成4A级景区1个'],
    ['完成投资12.6亿元，增长6.8%'],
    ['引进Smart Farm项目1个'],
    ['新建LED路灯300盏'],
    ['开通O2O服务站5个'],
    ['Iio'],
    ['第一季度'],
    [TOWNSHIP_REPORT],
    [WRAPPED_PARAGRAPHS.join('\n')],
  ])('flags nothing in ordinary text: %s', (text) => {
    expect(reportWarnings(text)).toEqual([]);
  });

  it('flags each slip once, in order of appearance', () => {
    expect(reportWarnings(DOC_SHARING_TEXT)).toEqual(['ocr-slip: L6', 'ocr-slip: 100O', 'ocr-slip: Ll', 'ocr-slip: Iio']);
    expect(reportWarnings('L8亿元，又是L8亿元')).toEqual(['ocr-slip: L8']);
  });

  it.each([
    ['围绕开云体育官网“三区两地”发展定位', 'inserted-ad: 开云体育官网'],
    ['澳门新葡京加快推进项目建设', 'inserted-ad: 澳门新葡京'],
    ['加快建设某某娱乐官网产业园', 'inserted-ad: 某某娱乐官网'],
  ])('flags advertising a site inserted into %s', (text, warning) => {
    expect(reportWarnings(text)).toEqual([warning]);
  });

  it.each([['建成全民健身体育公园1个'], ['丰富群众文化娱乐生活'], ['开展全民健身体育活动32场'], ['镇政府官网全年发布信息1200条']])('does not flag %s', (text) => {
    expect(reportWarnings(text)).toEqual([]);
  });
});
