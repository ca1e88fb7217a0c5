import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { COUNTY_CITATION as county, SAMPLE_THEMES as themes, sampleExcerpt, sampleTheme as theme, TOWN_CITATION as town } from '../fixtures/sample-excerpts';
import { EXCERPT_COLUMNS, excerptRows, themeReportCounts } from './excerpt-rows';

/** Changed a day after it was made, so the rows show which of the two times they take. */
const excerpt = (id: string, themeIds: string[], citation: Citation, fields: Partial<Excerpt> = {}): Excerpt =>
  sampleExcerpt(id, `稳定粮食播种面积${id}`, { start: 10, themeIds, citation, updatedAt: '2026-01-02T08:00:00.000Z', ...fields });
const input = (excerpts: Excerpt[]): ExcerptExport => ({ excerpts, themes, exportedAt: '2026-02-01T00:00:00.000Z' });

describe('EXCERPT_COLUMNS', () => {
  it('lists the columns in order with both headers', () => {
    expect(EXCERPT_COLUMNS.map((column) => column.zh).join(' ')).toBe('主题 主题路径 摘录 批注 报告 地点 层级 年份 标题路径 段落 起 止 创建时间');
    expect(EXCERPT_COLUMNS.map((column) => column.key)).toEqual(['theme', 'themePath', 'excerpt', 'note', 'report', 'place', 'level', 'year', 'headingPath', 'paragraph', 'start', 'end', 'created']);
    expect(EXCERPT_COLUMNS.every((column) => column.en.length > 0)).toBe(true);
  });
});

describe('excerptRows', () => {
  it('writes one row per excerpt and theme, in the analyst’s theme order, with the citation', () => {
    const rows = excerptRows(input([excerpt('a', ['grain', 'safety'], town, { note: '与去年对比' })]));
    expect(rows).toEqual([
      {
        theme: '粮食安全',
        themePath: '乡村振兴 › 粮食安全',
        excerpt: '稳定粮食播种面积a',
        note: '与去年对比',
        report: '某某镇2024年政府工作报告',
        place: '某某镇',
        level: '镇',
        year: 2024,
        headingPath: '一、2023年工作回顾 › （一）农业生产',
        paragraph: 3,
        start: 10,
        end: 19,
        created: '2026-01-01T08:00:00.000Z',
      },
      expect.objectContaining({ theme: '安全生产', themePath: '安全生产', excerpt: '稳定粮食播种面积a' }),
    ]);
  });

  it('gives an excerpt with no theme one row with empty theme cells, and empty cells for what the citation lacks', () => {
    const [row, ...rest] = excerptRows(input([excerpt('b', [], county)]));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ theme: '', themePath: '', place: '', level: '', year: null, headingPath: '', paragraph: 0 });
  });

  it('writes a theme the codebook lacks by its id, and a repeated theme once', () => {
    const rows = excerptRows(input([excerpt('c', ['gone', 'rural', 'rural'], town)]));
    expect(rows.map((row) => [row.theme, row.themePath])).toEqual([
      ['gone', 'gone'],
      ['乡村振兴', '乡村振兴'],
    ]);
  });

  it('keeps the excerpts in the given order', () => {
    const rows = excerptRows(input([excerpt('z', ['culture'], county), excerpt('y', ['rural'], town)]));
    expect(rows.map((row) => row.excerpt)).toEqual(['稳定粮食播种面积z', '稳定粮食播种面积y']);
  });

  it('passes on the RangeError of a codebook nested in a cycle', () => {
    const cyclic = [theme('p', '甲', 'q', 0), theme('q', '乙', 'p', 0)];
    expect(() => excerptRows({ excerpts: [], themes: cyclic, exportedAt: '' })).toThrow(RangeError);
  });
});

describe('themeReportCounts', () => {
  const counts = themeReportCounts(
    input([
      excerpt('a', ['grain', 'safety'], town),
      excerpt('b', ['grain'], county),
      excerpt('c', ['gone'], town),
      excerpt('d', [], county),
      excerpt('a', ['grain', 'safety'], town), // the same highlight again: counted once
      excerpt('e', ['rural'], town),
    ]),
  );

  it('has every codebook theme in tree order, then unknown ids, then no theme; reports in first-seen order', () => {
    expect(counts.themes.map((row) => [row.id, row.path.join(' › '), row.depth])).toEqual([
      ['rural', '乡村振兴', 0],
      ['grain', '乡村振兴 › 粮食安全', 1],
      ['safety', '安全生产', 0],
      ['culture', '文化旅游', 0],
      ['gone', 'gone', 0],
      [null, '', 0],
    ]);
    expect(counts.reports).toEqual([
      { id: 'town', title: '某某镇2024年政府工作报告' },
      { id: 'county', title: '某某县政府工作报告' },
    ]);
  });

  it('counts highlights per theme and report, each highlight once per report in the totals', () => {
    expect(counts.counts).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(counts.themeTotals).toEqual([1, 2, 1, 0, 1, 1]);
    expect(counts.reportTotals).toEqual([3, 2]);
    expect(counts.total).toBe(5);
  });

  it('leaves out the no-theme row when every highlight has a theme', () => {
    const { themes: rows, counts: cells } = themeReportCounts(input([excerpt('a', ['culture'], town)]));
    expect(rows.map((row) => row.id)).toEqual(['rural', 'grain', 'safety', 'culture']);
    expect(cells).toEqual([[0], [0], [0], [1]]);
  });
});
