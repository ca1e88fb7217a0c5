import { describe, expect, it } from 'vitest';
import { findTitleLine, readTitle, TITLE_SEARCH_LINES, unspaceTitle } from './report-title';

describe('readTitle', () => {
  it('takes a short first line as the title line', () => {
    expect(readTitle('青石县白鹭镇2023年政府工作报告')).toEqual({ title: '青石县白鹭镇2023年政府工作报告', lineIsTitle: true });
  });

  it('un-spaces a letter-spaced title for the title field', () => {
    expect(readTitle('政 府 工 作 报 告')).toEqual({ title: '政府工作报告', lineIsTitle: true });
  });

  it('reads a long first line as body text and finds the report name in it', () => {
    const line = '《2024年某镇政府工作报告.docx》由会员分享，可在线阅读，更多相关内容请在某某文库上搜索，谢谢各位读者长期以来的支持与关注。';
    expect(line.length).toBeGreaterThan(60);
    expect(readTitle(line)).toEqual({ title: '2024年某镇政府工作报告', lineIsTitle: false });
  });

  it('derives the title from the first sentence of a long line without a report name', () => {
    const line = '过去一年，全镇上下团结一心' + '奋力拼搏'.repeat(15) + '。后面的内容。';
    const { title, lineIsTitle } = readTitle(line);
    expect(lineIsTitle).toBe(false);
    expect(Array.from(title).length).toBe(60);
    expect(line.startsWith(title)).toBe(true);
  });

  it('cuts a derived title at the end of the first sentence', () => {
    const line = '今年的工作很重要。' + '后面还有很多很多的内容'.repeat(8);
    expect(readTitle(line)).toEqual({ title: '今年的工作很重要', lineIsTitle: false });
  });

  it('never cuts a derived title inside a surrogate pair', () => {
    const line = '𠮷'.repeat(70);
    expect(readTitle(line).title).toBe('𠮷'.repeat(60));
  });

  it('does not take a heading or speech to the deputies as the title line', () => {
    expect(readTitle('一、2022年工作回顾').lineIsTitle).toBe(false);
    expect(readTitle('各位代表：')).toEqual({ title: '各位代表：', lineIsTitle: false });
  });

  it('refuses a blank line', () => {
    expect(() => readTitle(' \u3000')).toThrow(RangeError);
  });
});

describe('unspaceTitle', () => {
  it.each([
    ['政 府 工 作 报 告', '政府工作报告'],
    ['政\u3000府\u3000工\u3000作\u3000报\u3000告', '政府工作报告'],
    ['白鹭镇 政 府 工 作 报 告', '白鹭镇 政府工作报告'],
    ['坚如磐石守初心 只争朝夕稳向上', '坚如磐石守初心 只争朝夕稳向上'],
    ['镇长 林 晓', '镇长 林 晓'],
    ['2 0 2 3 年', '2023年'],
    ['无空格', '无空格'],
  ])('%j → %j', (title, expected) => {
    expect(unspaceTitle(title)).toBe(expected);
  });
});

describe('findTitleLine', () => {
  it('takes the first line when it is the title', () => {
    expect(findTitleLine(['青石县白鹭镇2023年政府工作报告', '各位代表：'])).toBe(0);
  });

  it('passes over a breadcrumb, a stray dash and a date above the title', () => {
    expect(findTitleLine(['首页 > 政务公开 > 白鹭镇', '-', '2023-05-06 15:24', '白鹭镇2023年政府工作报告', '一、工作回顾'])).toBe(3);
  });

  it('prefers a line naming a report over site chrome above it', () => {
    expect(findTitleLine(['收藏本站', '添加到桌面', '白鹭镇2023年政府工作报告', '各位代表：'])).toBe(2);
  });

  it('takes a title-like line without 报告, such as a news headline', () => {
    expect(findTitleLine(['-', '砥砺奋进谱新篇——白鹭镇2023年发展回顾', '2023/10/12 来源：某某网'])).toBe(1);
  });

  it('falls back to the first line when nothing looks like a title', () => {
    expect(findTitleLine(['一、工作回顾', '过去一年，全镇经济平稳运行。', '各位代表：'])).toBe(0);
  });

  it('looks only at the first lines', () => {
    const lines = [...Array.from({ length: TITLE_SEARCH_LINES }, () => '一、工作回顾'), '白鹭镇2023年政府工作报告'];
    expect(findTitleLine(lines)).toBe(0);
  });
});
