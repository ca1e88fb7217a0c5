import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findPageTitle, findTitleElement, matchesPageTitle, parsePageTitle } from './html-page-title';

describe('parsePageTitle', () => {
  it('cuts the site and column names a CMS appends, keeping the longest part as the stem', () => {
    expect(parsePageTitle(' 白鹭镇2023年政府工作报告_政务公开_白鹭镇人民政府 ')).toEqual({
      whole: '白鹭镇2023年政府工作报告_政务公开_白鹭镇人民政府',
      parts: ['白鹭镇2023年政府工作报告', '政务公开', '白鹭镇人民政府'],
      stem: '白鹭镇2023年政府工作报告',
      hadSuffix: true,
    });
    expect(parsePageTitle('白鹭镇人民政府 - 白鹭镇2023年政府工作报告')!.stem).toBe('白鹭镇2023年政府工作报告');
    expect(parsePageTitle('2023-2024年工作报告')).toMatchObject({ stem: '2023-2024年工作报告', hadSuffix: false });
    expect(parsePageTitle(' \n ')).toBeNull();
  });
});

describe('matchesPageTitle', () => {
  const title = parsePageTitle('白鹭镇2023年政府工作报告_白鹭镇人民政府')!;
  it('matches the stem or the whole, ignoring spaces and punctuation, but not the site name', () => {
    expect(matchesPageTitle('白鹭镇 2023年 政府工作报告', title)).toBe(true);
    expect(matchesPageTitle('白鹭镇2023年政府工作报告（全文）', title)).toBe(true);
    expect(matchesPageTitle('白鹭镇人民政府', title)).toBe(false);
    expect(matchesPageTitle('报告', title)).toBe(false);
  });
});

describe('findPageTitle and findTitleElement', () => {
  it('reads the <title>, not an <svg> one', () => {
    expect(findPageTitle(parseDocument('<svg><title>图表</title></svg><title>白鹭镇工作报告_白鹭镇政府</title>'))!.stem).toBe('白鹭镇工作报告');
    expect(findPageTitle(parseDocument('<p>无题</p>'))).toBeNull();
  });

  it('finds the element outside the content that shows the <title>, skipping what is skipped', () => {
    const document = parseDocument('<div class="nav"><h1>白鹭镇2023年政府工作报告</h1></div><div class="title">白鹭镇2023年政府工作报告</div><div id="c">正文</div>');
    const [nav, shown, content] = document.children as Element[];
    const title = parsePageTitle('白鹭镇2023年政府工作报告_白鹭镇人民政府');
    expect(findTitleElement(document, { container: content!, skip: (e) => e === nav, title })).toBe(shown);
  });

  it('falls back to the last non-link <h1> before the content when the <title> names no article', () => {
    const document = parseDocument('<h1><a href="/">白鹭镇人民政府</a></h1><h1>云山镇工作报告</h1><div id="c">正文</div><h1>后面的</h1>');
    const [, h1, content] = document.children as Element[];
    expect(findTitleElement(document, { container: content!, skip: () => false, title: parsePageTitle('首页') })).toBe(h1);
    expect(findTitleElement(document, { container: content!, skip: () => false, title: parsePageTitle('石桥镇工作报告_石桥镇人民政府') })).toBeNull();
  });
});

describe('findTitleElement around the content', () => {
  it('never takes an element that holds the content, however it is named', () => {
    const document = parseDocument('<div class="title-box"><div id="c">短文</div></div>');
    const box = document.children[0] as Element;
    const content = box.children[0] as Element;
    expect(findTitleElement(document, { container: content, skip: () => false, title: parsePageTitle('短文') })).toBeNull();
  });
});
