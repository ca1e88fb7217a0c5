import { describe, expect, it } from 'vitest';
import { numberingOf } from './heading-style';

describe('numberingOf', () => {
  it.each([
    ['一、2022年工作回顾', 'cn', '一、'],
    ['二、2023年工作安排', 'cn', '二、'],
    ['十、强执行、抓落实', 'cn', '十、'],
    ['十二、加强政府自身建设', 'cn', '十二、'],
    ['二十三、其他事项', 'cn', '二十三、'],
    ['一、 凝心聚力调结构', 'cn', '一、 '],
    ['一、\u00a0凝心聚力调结构', 'cn', '一、\u00a0'],
    ['一．主要工作', 'cn', '一．'],
    ['一.主要工作', 'cn', '一.'],
    ['一、主要工作：', 'cn', '一、'],
    ['第一部分 2022年工作回顾', 'part', '第一部分 '],
    ['第一部分：回顾', 'part', '第一部分：'],
    ['第三章 主要任务', 'part', '第三章 '],
    ['第2章 主要任务', 'part', '第2章 '],
    ['第十一章 附则', 'part', '第十一章 '],
    ['第二篇 发展', 'part', '第二篇 '],
    ['（一）产业发展提质增效', 'cn-paren', '（一）'],
    ['(一)产业发展提质增效', 'cn-paren', '(一)'],
    ['（十一）民生保障', 'cn-paren', '（十一）'],
    ['（一）、产业', 'cn-paren', '（一）、'],
    ['1.加强党建', 'arabic', '1.'],
    ['1、加强党建', 'arabic', '1、'],
    ['1．加强党建', 'arabic', '1．'],
    ['12、加强党建', 'arabic', '12、'],
    ['（1）完善机制', 'arabic-paren', '（1）'],
    ['(2)完善机制', 'arabic-paren', '(2)'],
    ['①推进项目', 'circled', '①'],
    ['⑳推进项目', 'circled', '⑳'],
  ] as const)('%s → %s, words after %j', (line, style, number) => {
    expect(numberingOf(line)).toEqual({ style, end: number.length });
  });

  // Changed from headingLevel: `第一部分` alone on its line is a part heading,
  // as it was; a number alone (`一、`, `（一）`) is still not a numbered line.
  it.each([['第一部分'], ['第三章']])('%s alone is a part heading', (line) => {
    expect(numberingOf(line)).toEqual({ style: 'part', end: line.length });
  });

  it.each([
    ['一、'],
    ['（一）'],
    ['1.'],
    ['各位代表：'],
    ['一是抓实惠民资金到户'],
    ['一年来，我们全力抓转型、调结构'],
    ['2022年工作回顾'],
    ['第一书记驻村帮扶'],
    ['十分重视'],
    ['1.5亿元投资'],
    ['12.6亿元'],
    ['100、'],
    ['2023年工作'],
    ['三是'],
  ])('%s → no numbering', (line) => {
    expect(numberingOf(line)).toBeNull();
  });
});
