import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPdfPages } from './pdf-layout';
import type { PdfPageText, PdfTextItem } from './pdf-page-text';

const A4: readonly number[] = [0, 0, 595, 842];
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Width of text in a synthetic font: CJK 1 em, everything else half an em. */
function widthOf(text: string, size: number): number {
  return Array.from(text).reduce((sum, char) => sum + (CJK.test(char) ? size : size / 2), 0);
}

/** A horizontal text item at (x, y). */
function item(str: string, x: number, y: number, size = 12, width = widthOf(str, size)): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: false, fontName: 'f1' };
}

/** A text item whose baseline runs at `degrees` (counter-clockwise). */
function rotated(str: string, x: number, y: number, degrees: number, size = 12): PdfTextItem {
  const r = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(r), Math.sin(r)];
  return { str, transform: [size * cos, size * sin, -size * sin, size * cos, x, y], width: widthOf(str, size), height: size };
}

function page(items: PdfTextItem[], view: readonly number[] = A4): PdfPageText {
  return { view, items };
}

const texts = (pages: PdfPageText[]) => layoutPdfPages(pages).lines.map((l) => l.text);

/** Lays CJK paragraphs out like a justified page: `perLine` characters, 2-em first-line indent. */
function cjkPage(paragraphs: string[], { left = 72, size = 12, perLine = 30, top = 760, pitch = 20 } = {}): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    const chars = Array.from(paragraph);
    let first = true;
    while (chars.length > 0) {
      const room = first ? perLine - 2 : perLine;
      const text = chars.splice(0, room).join('');
      items.push(item(text, left + (first ? 2 * size : 0), y, size));
      first = false;
      y -= pitch;
    }
  }
  return items;
}

describe('lines from text items', () => {
  it('groups items by baseline and orders them left to right, whatever order they come in', () => {
    const items = [item('world', 110, 700), item('Hello', 72, 700.4), item('Second line', 72, 684), item('again', 150, 699.6)];
    expect(texts([page(items)])).toEqual(['Hello world again', 'Second line']);
    expect(texts([page([...items].reverse())])).toEqual(['Hello world again', 'Second line']);
  });

  it('keeps a raised footnote mark on its line and a line one em lower apart', () => {
    const items = [item('增长6.8%', 72, 700), { ...item('①', 120, 704.5, 7) }, item('下一行', 72, 688)];
    expect(texts([page(items)])).toEqual(['增长6.8%①', '下一行']);
  });

  it('joins CJK without spaces, Latin words with one, and a wide gap with one', () => {
    const lines = texts([
      page([
        item('青石县', 72, 700),
        item('白鹭镇', 108.5, 700), // 0.04 em apart: one run of text
        item('2023', 144.5, 700),
        item('年', 168.5, 700),
        item('Qingshi', 72, 680, 12, 40),
        item('County', 116, 680, 12, 38), // a word space apart
        item('Gaz', 72, 660, 12, 20),
        item('ette', 92, 660, 12, 20), // split by kerning: no gap
        item('镇长', 72, 640),
        item('林晓明', 72 + 4 * 12, 640), // a two-em gap
        item('项目', 72, 620),
        item('2022年', 72 + 6 * 12, 620), // table cells
      ]),
    ]);
    expect(lines).toEqual(['青石县白鹭镇2023年', 'Qingshi County', 'Gazette', '镇长 林晓明', '项目 2022年']);
  });

  it('takes out the spaces pdfjs writes into narrow gaps next to CJK, and folds runs of spaces', () => {
    expect(texts([page([item('各 位 代 表：', 72, 700), item('2023 年  GDP 增长', 72, 680), item('Hello    world', 72, 660)])])).toEqual([
      '各位代表：',
      '2023年GDP增长',
      'Hello world',
    ]);
  });

  it('folds radicals a text layer gives for ideographs back to the ideographs', () => {
    expect(texts([page([item('⻘⽯县⼈⺠政府', 72, 700), item('⸺2023年', 72, 680)])])).toEqual(['青石县人民政府', '——2023年']);
  });

  it('drops an item drawn twice in the same place (fake bold)', () => {
    expect(texts([page([item('一、工作回顾', 72, 700), item('一、工作回顾', 72.4, 700.2), item('正文', 72, 680)])])).toEqual(['一、工作回顾', '正文']);
  });

  it('ignores whitespace-only and empty items and reports pages without text', () => {
    const layout = layoutPdfPages([page([item('第一页', 72, 700), item('   ', 120, 700)]), page([item('', 72, 700)]), page([])]);
    expect(layout.lines.map((l) => [l.text, l.page])).toEqual([['第一页', 1]]);
    expect(layout.emptyPages).toEqual([2, 3]);
  });

  it('reads a page drawn sideways (all text rotated 90°) in its own reading order', () => {
    // Text running up the page: lines stack towards +x, each line starts at the bottom.
    const items = [rotated('第二行文字', 120, 100, 90), rotated('第一行文字', 100, 100, 90), rotated('第三行', 140, 100, 90)];
    expect(texts([page(items)])).toEqual(['第一行文字', '第二行文字', '第三行']);
  });

  it('sets aside text in another direction (a vertical margin note, a diagonal watermark)', () => {
    const layout = layoutPdfPages([
      page([item('正文第一行', 72, 700), item('正文第二行', 72, 680), rotated('内部资料', 30, 400, 90), rotated('样稿', 200, 300, 45, 40)]),
    ]);
    expect(layout.lines.map((l) => l.text)).toEqual(['正文第一行', '正文第二行']);
    expect(layout.dropped).toEqual([
      { text: '内部资料', reason: 'rotated-text', before: 2 },
      { text: '样稿', reason: 'rotated-text', before: 2 },
    ]);
    expect(layout.warnings).toEqual(['2 lines of rotated text (margin notes, watermarks) set aside']);
  });
});

/** `n` pages of body text with an optional header and footer line per page. */
function pages(n: number, header: (p: number) => string | null, footer: (p: number) => string | null = () => null): PdfPageText[] {
  return Array.from({ length: n }, (_, i) => {
    const p = i + 1;
    const items = [item(`第${p}页正文第一行。`, 72, 700), item(`第${p}页正文第二行。`, 72, 680)];
    const h = header(p);
    const f = footer(p);
    if (h !== null) items.push(item(h, 72, 800, 9));
    if (f !== null) items.push(item(f, 290, 40, 9));
    return page(items);
  });
}

describe('running headers and footers', () => {
  it('drops a header and a page-number footer repeated on every page, keeping them in dropped', () => {
    const layout = layoutPdfPages(pages(3, () => '青石县人民政府公报', (p) => `- ${p} -`));
    expect(layout.lines.map((l) => l.text)).toEqual([
      '第1页正文第一行。',
      '第1页正文第二行。',
      '第2页正文第一行。',
      '第2页正文第二行。',
      '第3页正文第一行。',
      '第3页正文第二行。',
    ]);
    expect(layout.dropped).toEqual([
      { text: '青石县人民政府公报', reason: 'running-header', before: 0 },
      { text: '- 1 -', reason: 'page-number', before: 2 },
      { text: '青石县人民政府公报', reason: 'running-header', before: 2 },
      { text: '- 2 -', reason: 'page-number', before: 4 },
      { text: '青石县人民政府公报', reason: 'running-header', before: 4 },
      { text: '- 3 -', reason: 'page-number', before: 6 },
    ]);
  });

  it('folds digits: a header with the issue or page number in it still repeats', () => {
    const layout = layoutPdfPages(pages(4, (p) => `青石县公报 2023年第${p}期`, (p) => `共4页 · 第${p}页 · 青石县`));
    expect(layout.dropped.map((d) => d.reason)).toEqual(Array(4).fill(['running-header', 'running-footer']).flat());
  });

  it('needs half the pages and at least three: 5 of 10 drops, 4 of 10 keeps, 2 of 3 keeps', () => {
    const reasons = (list: PdfPageText[]) => layoutPdfPages(list).dropped.map((d) => d.reason);
    expect(reasons(pages(10, (p) => (p % 2 ? '青石县人民政府' : '2023年政府工作报告')))).toEqual(Array(10).fill('running-header'));
    expect(reasons(pages(10, (p) => (p <= 4 ? '青石县人民政府' : null)))).toEqual([]);
    expect(reasons(pages(3, (p) => (p <= 2 ? '青石县人民政府' : null)))).toEqual([]);
  });

  it('drops a header on both pages of a two-page file, and nothing repeated in a one-page file', () => {
    expect(layoutPdfPages(pages(2, () => '青石县人民政府')).dropped.map((d) => d.reason)).toEqual(['running-header', 'running-header']);
    expect(layoutPdfPages(pages(1, () => '青石县人民政府')).dropped).toEqual([]);
  });

  it('drops a lone page number at a page edge, but not a number or repeated line in the body', () => {
    const body = [item('一、', 72, 700), item('3', 72, 680), item('各位代表：', 72, 660), item('正文。', 72, 640)];
    const single = layoutPdfPages([page([...body, item('3', 290, 40, 9)])]);
    expect(single.lines.map((l) => l.text)).toEqual(['一、', '3', '各位代表：', '正文。']);
    expect(single.dropped).toEqual([{ text: '3', reason: 'page-number', before: 4 }]);

    const repeatedBody = Array.from({ length: 3 }, () => page([item('各位代表：', 72, 500), item('正文。', 72, 480)]));
    expect(layoutPdfPages(repeatedBody).dropped).toEqual([]);
  });
});

describe('lines that continue', () => {
  const flags = (list: PdfPageText[]) => layoutPdfPages(list).lines.map((l) => [l.text, l.continues]);

  it('marks lines that reach the right margin, not a paragraph’s short last line', () => {
    const items = cjkPage(['甲'.repeat(28 + 30 + 5), '乙'.repeat(28 + 12)]);
    expect(flags([page(items)])).toEqual([
      ['甲'.repeat(28), true],
      ['甲'.repeat(30), true],
      ['甲'.repeat(5), false],
      ['乙'.repeat(28), true],
      ['乙'.repeat(12), false],
    ]);
  });

  it('does not run a full last line into an indented next paragraph', () => {
    expect(flags([page(cjkPage(['甲'.repeat(28 + 30), '乙'.repeat(10)]))])).toEqual([
      ['甲'.repeat(28), true],
      ['甲'.repeat(30), false],
      ['乙'.repeat(10), false],
    ]);
  });

  it('runs a paragraph on across a page break, past the footer', () => {
    const first = [...cjkPage(['甲'.repeat(28 + 30 + 30)]).slice(0, 2), item('- 1 -', 290, 40, 9)];
    const second = [item('甲'.repeat(30), 72, 760), item('乙'.repeat(20), 72 + 24, 740), item('- 2 -', 290, 40, 9)];
    const layout = layoutPdfPages([page(first), page(second)]);
    expect(layout.lines.map((l) => [l.text, l.page, l.continues])).toEqual([
      ['甲'.repeat(28), 1, true],
      ['甲'.repeat(30), 1, true],
      ['甲'.repeat(30), 2, false],
      ['乙'.repeat(20), 2, false],
    ]);
  });

  it('finds each page’s own margins (mirrored left and right pages)', () => {
    const odd = cjkPage(['甲'.repeat(28 + 30 + 30 + 3)], { left: 90 });
    const even = cjkPage(['乙'.repeat(28 + 30 + 30 + 3)], { left: 60 });
    expect(flags([page(odd), page(even)]).map(([, c]) => c)).toEqual([true, true, true, false, true, true, true, false]);
  });

  it('takes a page’s margins from pages like it when it has few lines of its own', () => {
    const full = cjkPage(['甲'.repeat(28 + 30 + 30 + 3)]);
    const short = [item('乙'.repeat(29), 72, 760), item('乙'.repeat(29), 72, 740)];
    // The short page's lines stop one character short of the margin: they do not fill the line.
    expect(layoutPdfPages([page(full), page([]), page(short)]).lines.slice(4).map((l) => l.continues)).toEqual([true, false]);
  });

  it('ignores one line sticking out past the margin', () => {
    const items = [...cjkPage(['甲'.repeat(28 + 30 + 30 + 4)]), item('http://example.invalid/a/very/long/address/indeed', 72, 600)];
    expect(flags([page(items)]).map(([, c]) => c)).toEqual([true, true, true, false, false]);
  });

  it('stops at a change of font size and at a paragraph gap', () => {
    const sized = [item('标'.repeat(30), 72, 760, 12), item('题'.repeat(5), 72, 740, 16)];
    expect(flags([page([...sized, ...cjkPage(['甲'.repeat(80)], { top: 720 })])])[0]).toEqual(['标'.repeat(30), false]);

    const gapped = [item('甲'.repeat(30), 72, 760), item('甲'.repeat(30), 72, 740), item('甲'.repeat(30), 72, 720), item('乙'.repeat(30), 72, 680), item('乙'.repeat(3), 72, 660)];
    expect(flags([page(gapped)]).map(([, c]) => c)).toEqual([true, true, false, true, false]);
  });

  it('in Latin text, asks whether the next line’s first word would have fit', () => {
    // Margin at 72 + 400 = 472 (two lines reach it); a 6-pt space; the line below ends 60 pt short.
    const line = (text: string, y: number, width: number) => item(text, 72, y, 12, width);
    const layoutWith = (nextWordWidth: number) =>
      layoutPdfPages([
        page([
          line('full line one', 760, 400),
          line('full line two', 744, 398),
          line('a line ending early', 728, 340),
          { ...line('next', 712, nextWordWidth), str: 'nextword' },
          line('closing', 696, 100),
        ]),
      ]).lines[2]?.continues;
    expect(layoutWith(70)).toBe(true); // 340 + 3.4 + 70 > 472: it did not fit
    expect(layoutWith(30)).toBe(false); // it would have fit: the line ended a paragraph
  });

  it('rebuilds any wrapped CJK paragraphs exactly from the lines that continue', () => {
    const unit = fc.constantFrom(...'青石县白鹭镇政府工作报告，。：；');
    const paragraph = fc.string({ unit, minLength: 1, maxLength: 120 });
    // One paragraph at least wraps, so the page shows where its margins are.
    const wrapped = fc.string({ unit, minLength: 80, maxLength: 120 });
    fc.assert(
      fc.property(wrapped, fc.array(paragraph, { maxLength: 6 }), fc.integer({ min: 30, max: 36 }), (first, rest, perLine) => {
        const paragraphs = [first, ...rest];
        const layout = layoutPdfPages([page(cjkPage(paragraphs, { perLine, pitch: 14, top: 800 }))]);
        const rebuilt: string[] = [];
        let open = '';
        for (const line of layout.lines) {
          open += line.text;
          if (!line.continues) {
            rebuilt.push(open);
            open = '';
          }
        }
        expect(open).toBe('');
        expect(rebuilt).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });
});
