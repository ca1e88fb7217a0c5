import { describe, expect, it } from 'vitest';
import type { HtmlLine } from './html-lines';
import { parsePageTitle } from './html-page-title';
import { htmlSourceLines } from './html-source-lines';

const content = (text: string, heading: number | null = null, titled = false): HtmlLine => ({ kind: 'content', text, heading, titled });
const outside = (text: string): HtmlLine => ({ kind: 'dropped', text, reason: 'outside-content' });
const titlePart = (text: string): HtmlLine => ({ kind: 'title', text });

describe('htmlSourceLines', () => {
  it('moves a title element that stood after the content to just before it', () => {
    const { lines, dropped } = htmlSourceLines([outside('菜单'), content('正文。'), titlePart('报告'), outside('页脚')], null);
    expect(lines).toEqual([{ text: '报告', role: 'title' }, { text: '正文。' }]);
    expect(dropped).toEqual([
      { text: '菜单', reason: 'outside-content', before: 0 },
      { text: '页脚', reason: 'outside-content', before: 2 },
    ]);
  });

  it('drops the title element as outside-content when the content has its own title', () => {
    const { lines, dropped } = htmlSourceLines([titlePart('别处的题目'), content('题目', 1), content('正文。')], null);
    expect(lines).toEqual([{ text: '题目', role: 'title' }, { text: '正文。' }]);
    expect(dropped).toEqual([{ text: '别处的题目', reason: 'outside-content', before: 0 }]);
  });

  it('marks the content\'s first line as the title when it repeats the title element, rather than doubling it', () => {
    const { lines, dropped } = htmlSourceLines([titlePart('白鹭镇 工作报告'), content('白鹭镇工作报告'), content('正文。')], null);
    expect(lines).toEqual([{ text: '白鹭镇工作报告', role: 'title' }, { text: '正文。' }]);
    expect(dropped).toEqual([{ text: '白鹭镇 工作报告', reason: 'outside-content', before: 0 }]);
  });

  it('takes a line in a title-named element before any heading as the title', () => {
    expect(htmlSourceLines([content('发布时间'), content('东湖乡工作报告', null, true), content('正文。')], null).lines[1]).toEqual({ text: '东湖乡工作报告', role: 'title' });
    expect(htmlSourceLines([content('一、回顾', 2), content('小标题', null, true)], null).lines[1]).toEqual({ text: '小标题' });
  });

  it('adds the <title>\'s article part only when the <title> also names a site', () => {
    expect(htmlSourceLines([content('正文。')], parsePageTitle('白鹭镇工作报告_白鹭镇人民政府')).lines[0]).toEqual({ text: '白鹭镇工作报告', role: 'title' });
    expect(htmlSourceLines([content('正文。')], parsePageTitle('白鹭镇人民政府网站')).lines).toEqual([{ text: '正文。' }]);
  });
});
