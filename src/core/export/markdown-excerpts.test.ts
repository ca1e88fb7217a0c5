import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { sampleExcerpt, sampleTheme as theme, TOWN_CITATION } from '../fixtures/sample-excerpts';
import { escapeMarkdown, markdownExcerpts } from './markdown-excerpts';

const themes = [theme('rural', '乡村振兴', null, 0), theme('grain', '粮食安全', 'rural', 0), theme('safety', '安全生产', null, 1)];
const citation = (headingPath: string[], paragraph: number): Citation => ({ ...TOWN_CITATION, headingPath, paragraph });
const excerpt = (id: string, text: string, themeIds: string[], note: string, cited: Citation): Excerpt => sampleExcerpt(id, text, { themeIds, note, citation: cited });

const grain = excerpt('g', '全年粮食播种面积3.2万亩，总产1.4万吨。', ['grain'], '可与上年对比', citation(['一、2023年工作回顾', '（一）农业生产稳中有进'], 3));
const safety = excerpt('s', '*重点*抓好安全生产，<b>隐患</b>&排查_整治_。', ['safety', 'rural'], '', citation(['二、2024年工作安排'], 7));
const loose = excerpt('n', '1. 继续推进项目建设\n- 加强队伍建设', [], '第一行\n# 第二行\n\n另一段', { ...citation([], 0), place: null, year: null });
const input: ExcerptExport = { excerpts: [grain, safety, loose], themes, exportedAt: '2026-03-01T08:00:00.000Z' };

describe('markdownExcerpts', () => {
  const markdown = markdownExcerpts(input);

  it('writes the whole document: header, a section per theme in tree order, quotation, citation, note', () => {
    expect(markdown).toBe(
      [
        '# 摘录',
        '',
        '导出时间：2026-03-01 08:00 · 共 3 条摘录',
        '',
        '## 乡村振兴',
        '',
        '> \\*重点\\*抓好安全生产，\\<b\\>隐患\\</b\\>\\&排查\\_整治\\_。',
        '',
        '—— 《某某镇2024年政府工作报告》，某某镇，2024年，二、2024年工作安排，第7段',
        '',
        '## 乡村振兴 › 粮食安全',
        '',
        '> 全年粮食播种面积3.2万亩，总产1.4万吨。',
        '',
        '—— 《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产稳中有进，第3段',
        '',
        '批注：可与上年对比',
        '',
        '## 安全生产',
        '',
        '> \\*重点\\*抓好安全生产，\\<b\\>隐患\\</b\\>\\&排查\\_整治\\_。',
        '',
        '—— 《某某镇2024年政府工作报告》，某某镇，2024年，二、2024年工作安排，第7段',
        '',
        '## 未标主题',
        '',
        '> 1\\. 继续推进项目建设',
        '>',
        '> \\- 加强队伍建设',
        '',
        '—— 《某某镇2024年政府工作报告》',
        '',
        '批注：第一行\\',
        '\\# 第二行',
        '',
        '另一段',
        '',
      ].join('\n'),
    );
  });

  it('lists the sections in the codebook order, whatever the order of the excerpts', () => {
    const reversed = markdownExcerpts({ ...input, excerpts: [...input.excerpts].reverse() });
    expect(reversed.match(/^## .*$/gm)).toEqual(['## 乡村振兴', '## 乡村振兴 › 粮食安全', '## 安全生产', '## 未标主题']);
  });

  it('escapes theme names in headings', () => {
    const odd = [theme('x', 'C# & <AI>', null, 0)];
    expect(markdownExcerpts({ ...input, excerpts: [excerpt('x', '甲', ['x'], '', citation([], 1))], themes: odd })).toContain('## C\\# \\& \\<AI\\>\n');
  });

  it('says when there is nothing to write', () => {
    expect(markdownExcerpts({ ...input, excerpts: [] })).toBe('# 摘录\n\n导出时间：2026-03-01 08:00 · 共 0 条摘录\n\n（没有摘录）\n');
  });
});

/** ASCII punctuation, the characters CommonMark lets a backslash escape. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Reads an escaped line back as CommonMark would render its text, and checks
 * that nothing in it is markup: every markup character escaped, and the line
 * opening with no list marker, underline or indentation.
 */
function readBack(line: string): string {
  expect(line).not.toMatch(/^[-+=*#>\s]|^\d+[.)]/);
  let plain = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && PUNCTUATION.test(line[i + 1] ?? '')) {
      plain += line[++i];
    } else if (line.startsWith('&#32;', i) || line.startsWith('&#9;', i)) {
      const reference = line.startsWith('&#32;', i) ? '&#32;' : '&#9;';
      plain += reference === '&#32;' ? ' ' : '\t';
      i += reference.length - 1;
    } else {
      expect('\\`*_[]<>&|~$#').not.toContain(c);
      plain += c;
    }
  }
  return plain;
}

describe('escapeMarkdown', () => {
  it.each([
    ['普通文字，没有标记。', '普通文字，没有标记。'],
    ['增长5.6%（同比）', '增长5.6%（同比）'],
    ['2. 加强', '2\\. 加强'],
    ['10) 加强', '10\\) 加强'],
    ['+ 列表', '\\+ 列表'],
    ['=== 下划线', '\\=== 下划线'],
    ['    四个空格', '&#32;&#32;&#32;&#32;四个空格'],
    ['\t制表', '&#9;制表'],
    ['a\\b', 'a\\\\b'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['`代码` ~删除~ $公式$ | 表格', '\\`代码\\` \\~删除\\~ \\$公式\\$ \\| 表格'],
    ['&amp; &#123;', '\\&amp; \\&\\#123;'],
    ['＃全角不是标记', '＃全角不是标记'],
  ])('%j → %j', (line, escaped) => {
    expect(escapeMarkdown(line)).toBe(escaped);
  });

  it('leaves no markup and reads back as the text it was given (property)', () => {
    const unit = fc.oneof(fc.constantFrom(...'\\`*_[]<>&|~$#-+=.)(!123 \t&#;'), fc.constantFrom(...'粮食安全，。'), fc.string({ maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const line = text.replace(/[\r\n\u2028\u2029]/g, '');
        expect(readBack(escapeMarkdown(line))).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
