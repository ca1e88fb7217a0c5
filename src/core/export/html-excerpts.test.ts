import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { sampleExcerpt, sampleTheme, TOWN_CITATION } from '../fixtures/sample-excerpts';
import { escapeHtml, htmlExcerpts } from './html-excerpts';

const theme = (id: string, name: string, parentId: string | null, order: number, color = '#2F6B3A') => sampleTheme(id, name, parentId, order, { color });
const themes = [theme('rural', '乡村振兴', null, 0), theme('grain', '粮食安全', 'rural', 0, '#b8860b'), theme('bad', '风险<防控>', null, 1, 'red;}</style><script>alert(1)</script>')];
const citation = (headingPath: string[], paragraph: number): Citation => ({ ...TOWN_CITATION, headingPath, paragraph });
const excerpt = (id: string, text: string, themeIds: string[], note: string, cited: Citation): Excerpt => sampleExcerpt(id, text, { themeIds, note, citation: cited });

const HOSTILE = '严防<script>alert("摘录")</script>风险 & 隐患，\'单引号\'。';
const input: ExcerptExport = {
  excerpts: [
    excerpt('a', '全年粮食播种面积3.2万亩。\n总产1.4万吨。', ['grain'], '比上年增加\n需核实', citation(['一、2023年工作回顾', '（一）农业生产稳中有进'], 3)),
    excerpt('b', HOSTILE, ['bad', 'rural'], '<img src=x onerror=alert(1)>', citation(['二、2024年工作安排'], 7)),
    excerpt('c', '各位代表，让我们团结一心。', [], '', { ...citation([], 0), place: null, year: null }),
  ],
  themes,
  exportedAt: '2026-03-01T08:00:00.000Z',
};
const html = htmlExcerpts(input);
const doc = parseDocument(html);
const all = (name: string) => DomUtils.getElementsByTagName(name, doc, true);
const text = (node: Element) => DomUtils.textContent(node);
const byClass = (name: string, root: Element | typeof doc = doc) => DomUtils.findAll((el) => (el.attribs.class ?? '').split(' ').includes(name), [root]);

describe('htmlExcerpts', () => {
  it('is a complete UTF-8 document in Chinese, titled 摘录', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(all('meta').some((meta) => meta.attribs.charset === 'utf-8')).toBe(true);
    expect(text(all('title')[0]!)).toBe('摘录');
    expect(text(all('h1')[0]!)).toBe('摘录');
    expect(text(byClass('meta')[0]!)).toBe('导出时间：2026-03-01 08:00 · 共 3 条摘录');
  });

  it('stands alone: no script, no external resource, a policy forbidding both, styles inline with a print sheet and a CJK font stack', () => {
    expect(all('script')).toEqual([]);
    expect(all('img')).toEqual([]);
    expect(all('link')).toEqual([]);
    const attributes = DomUtils.findAll(() => true, doc.children).flatMap((el) => Object.keys(el.attribs));
    expect(attributes.filter((name) => /^(src|href|on.*)$/i.test(name))).toEqual([]);
    const policy = all('meta').find((meta) => meta.attribs['http-equiv'] === 'Content-Security-Policy');
    expect(policy?.attribs.content).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const styles = all('style');
    expect(styles).toHaveLength(1);
    const css = text(styles[0]!);
    expect(css).toContain("'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif");
    expect(css).toContain('@media print');
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('gives a section per theme in tree order, ruled in its colour, and one for excerpts with no theme', () => {
    const sections = byClass('theme');
    expect(sections.map((section) => text(DomUtils.getElementsByTagName('h2', section)[0]!))).toEqual(['乡村振兴', '乡村振兴 › 粮食安全', '风险<防控>', '未标主题']);
    expect(sections.map((section) => section.attribs.style)).toEqual(['--theme: #2f6b3a', '--theme: #b8860b', '--theme: #8a8a8a', '--theme: #8a8a8a']);
    expect(sections.map((section) => section.attribs['data-depth'])).toEqual(['0', '1', '0', '0']);
    expect(sections.map((section) => byClass('excerpt', section).map((figure) => figure.attribs['data-highlight-id']))).toEqual([['b'], ['a'], ['b'], ['c']]);
  });

  it('escapes passages, notes and names so they read back as written', () => {
    expect(html).toContain('严防&lt;script&gt;alert(&quot;摘录&quot;)&lt;/script&gt;风险 &amp; 隐患，&#39;单引号&#39;。');
    const figure = byClass('excerpt').find((el) => el.attribs['data-highlight-id'] === 'b')!;
    expect(text(DomUtils.getElementsByTagName('blockquote', figure)[0]!)).toBe(HOSTILE);
    expect(text(byClass('note', figure)[0]!)).toBe('批注：<img src=x onerror=alert(1)>');
  });

  it('writes a paragraph per line of the passage, the citation as caption and the note with its line breaks', () => {
    const figure = byClass('excerpt').find((el) => el.attribs['data-highlight-id'] === 'a')!;
    expect(DomUtils.getElementsByTagName('p', DomUtils.getElementsByTagName('blockquote', figure)[0]!).map(text)).toEqual(['全年粮食播种面积3.2万亩。', '总产1.4万吨。']);
    expect(text(DomUtils.getElementsByTagName('figcaption', figure)[0]!)).toBe('《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产稳中有进，第3段');
    expect(text(byClass('note', figure)[0]!)).toBe('批注：比上年增加\n需核实');
    const loose = byClass('excerpt').find((el) => el.attribs['data-highlight-id'] === 'c')!;
    expect(text(DomUtils.getElementsByTagName('figcaption', loose)[0]!)).toBe('《某某镇2024年政府工作报告》');
    expect(byClass('note', loose)).toEqual([]);
  });

  it('says when there is nothing to write', () => {
    const empty = parseDocument(htmlExcerpts({ ...input, excerpts: [] }));
    expect(DomUtils.textContent(DomUtils.findAll((el) => el.name === 'main', empty.children))).toBe('\n（没有摘录）\n');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["&amp; '", '&amp;amp; &#39;'],
    ['粮食安全', '粮食安全'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});
