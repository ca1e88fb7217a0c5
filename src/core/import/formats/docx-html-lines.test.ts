import { describe, expect, it } from 'vitest';
import { DOCX_CELL_SEPARATOR, docxHtmlLines } from './docx-html-lines';

describe('docxHtmlLines', () => {
  it('gives title and heading roles from h1.title and hN', () => {
    const html =
      '<h1 class="title">青石县白鹭镇2023年政府工作报告</h1><h1>一、2022年工作回顾</h1>' +
      '<h3>1．茶叶</h3><p>正文。</p><h6>附</h6>';
    expect(docxHtmlLines(html).lines).toEqual([
      { text: '青石县白鹭镇2023年政府工作报告', role: 'title' },
      { text: '一、2022年工作回顾', role: 'heading', level: 1 },
      { text: '1．茶叶', role: 'heading', level: 3 },
      { text: '正文。' },
      { text: '附', role: 'heading', level: 6 },
    ]);
  });

  it('decodes entities, trims (ideographic spaces too) and skips empty blocks', () => {
    const html = '<p>　　收入&amp;支出 &lt;3150万元&gt;&nbsp;</p><p>   </p><p></p><p>　</p>';
    expect(docxHtmlLines(html).lines).toEqual([{ text: '收入&支出 <3150万元>' }]);
  });

  it('splits at <br>, keeping the role on both sides', () => {
    const html = '<h1 class="title">青石县白鹭镇<br />2023年政府工作报告</h1><p>第一行<br /><br />第二行</p>';
    expect(docxHtmlLines(html).lines).toEqual([
      { text: '青石县白鹭镇', role: 'title' },
      { text: '2023年政府工作报告', role: 'title' },
      { text: '第一行' },
      { text: '第二行' },
    ]);
  });

  it('keeps inline text and link text, drops link targets', () => {
    const html = '<p><strong>重点</strong>工作见<a href="https://example.org/a">镇政府网站</a><em>。</em></p>';
    expect(docxHtmlLines(html).lines).toEqual([{ text: '重点工作见镇政府网站。' }]);
  });

  it('counts and drops images, even in table cells', () => {
    const html = '<p><img alt="航拍图" />茶园</p><p><img /></p><table><tr><td><img /></td><td>x</td></tr></table>';
    const { lines, images } = docxHtmlLines(html);
    expect(images).toBe(3);
    expect(lines).toEqual([{ text: '茶园' }, { text: 'x' }]);
  });

  it('makes one line per table row, cells joined by a tab, paragraphs in a cell by a space', () => {
    expect(DOCX_CELL_SEPARATOR).toBe('\t');
    const html =
      '<table><thead><tr><th>指标</th><th>2022年</th></tr></thead><tbody>' +
      '<tr><td><p>地区生产</p><p>总值</p></td><td><p>12.6亿元</p></td></tr>' +
      '<tr><td></td><td></td></tr>' +
      '<tr><td><p>a</p></td><td></td><td><p>c</p></td></tr></tbody></table><p>表后</p>';
    expect(docxHtmlLines(html).lines).toEqual([
      { text: '指标\t2022年' },
      { text: '地区生产 总值\t12.6亿元' },
      { text: 'a\t\tc' },
      { text: '表后' },
    ]);
  });

  it('flattens a nested table into its cell', () => {
    const html = '<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td><td>丙</td></tr></table>';
    expect(docxHtmlLines(html).lines).toEqual([{ text: '甲\t乙\t丙' }]);
  });

  it('gives list items a line each', () => {
    const html = '<ol><li>新建高标准农田2800亩</li><li>引进企业3家<ul><li>茶叶加工</li></ul></li></ol>';
    expect(docxHtmlLines(html).lines).toEqual([
      { text: '新建高标准农田2800亩' },
      { text: '引进企业3家' },
      { text: '茶叶加工' },
    ]);
  });

  it('numbers footnotes and endnotes as their references show, without the back links', () => {
    const html =
      '<p>增长6.8%<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>，' +
      '收入增长4.2%<sup><a href="#endnote-2" id="endnote-ref-2">[2]</a></sup>。</p>' +
      '<ol><li id="footnote-1"><p>按可比价计算。 <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="endnote-2"><p></p><p>数据来源：镇统计站。 <a href="#endnote-ref-2">↑</a></p></li></ol>';
    expect(docxHtmlLines(html).lines).toEqual([
      { text: '增长6.8%[1]，收入增长4.2%[2]。' },
      { text: '[1] 按可比价计算。' },
      { text: '[2] 数据来源：镇统计站。' },
    ]);
  });

  it('reads nothing from an empty document', () => {
    expect(docxHtmlLines('')).toEqual({ lines: [], images: 0 });
  });
});
