import { describe, expect, it } from 'vitest';
import { headingLevel } from './heading-level';

describe('headingLevel', () => {
  it.each([
    ['一、2022年工作回顾', 1],
    ['二、2023年工作安排', 1],
    ['十、强执行、抓落实', 1],
    ['十二、加强政府自身建设', 1],
    ['二十三、其他事项', 1],
    ['一、 凝心聚力调结构', 1],
    ['第一部分 2022年工作回顾', 1],
    ['第一部分', 1],
    ['第三章 主要任务', 1],
    ['第2章 主要任务', 1],
    ['（一）产业发展提质增效', 2],
    ['(一)产业发展提质增效', 2],
    ['（十一）民生保障', 2],
    ['一、主要工作：', 1],
  ] as const)('%s → level %i', (line, level) => {
    expect(headingLevel(line)).toBe(level);
  });

  it.each([
    ['各位代表：'],
    ['各位代表，新的一年任务艰巨。'],
    ['重点抓好五个方面的工作:'],
    ['一、2022年工作回顾。'],
    ['（一）乡村振兴全面推进。一年来，我镇始终聚焦政策落实。'],
    ['(一)乡村振兴全面推进。'],
    ['一、稳预期，'],
    ['二、提信心；'],
    ['一、'],
    ['（一）'],
    ['一是抓实惠民资金到户'],
    ['一年来，我们全力抓转型、调结构'],
    ['2022年工作回顾'],
    ['第一书记驻村帮扶'],
    ['十分重视'],
    ['一、' + '全面推进乡村振兴'.repeat(5)],
  ])('%s → paragraph', (line) => {
    expect(headingLevel(line)).toBeNull();
  });

  it('takes a line of exactly 40 characters as a heading, 41 as a paragraph', () => {
    const forty = '一、' + '好'.repeat(38);
    expect(headingLevel(forty)).toBe(1);
    expect(headingLevel(forty + '好')).toBeNull();
  });
});
