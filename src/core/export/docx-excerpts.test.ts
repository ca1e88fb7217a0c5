import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { citationLine } from '../excerpts/citation';
import { COUNTY_CITATION as county, SAMPLE_THEMES as themes, sampleExcerpt, TOWN_CITATION as town } from '../fixtures/sample-excerpts';
import { docxExcerpts } from './docx-excerpts';

const excerpt = (id: string, text: string, themeIds: string[], citation: Citation, note = ''): Excerpt => sampleExcerpt(id, text, { themeIds, citation, note });
const input: ExcerptExport = {
  excerpts: [
    excerpt('a', '全年粮食总产量稳定在1.2万吨', ['grain', 'safety'], town, '与上年持平'),
    excerpt('b', '开展安全生产大检查\n整改隐患56处', ['safety'], { ...town, paragraph: 7 }),
    excerpt('c', '建成农家书屋3个', [], county),
  ],
  themes,
  exportedAt: '2026-02-01T09:30:00+08:00',
};

/** The document's text as mammoth reads it: one line per paragraph, blank lines dropped. */
async function rawLines(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').filter((line) => line.trim() !== '');
}

describe('citationLine', () => {
  it('cites the report, place, year, headings and paragraph, leaving out what is missing', () => {
    expect(citationLine((input.excerpts[0] as Excerpt).citation)).toBe('《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段');
    expect(citationLine((input.excerpts[2] as Excerpt).citation)).toBe('《某某县政府工作报告》');
  });
});

describe('docxExcerpts', () => {
  it('writes the title, the date, then each theme’s excerpts with citation and note, in codebook order', async () => {
    const bytes = await docxExcerpts(input, { title: '某某镇2024年政府工作报告摘录' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(await rawLines(bytes)).toEqual([
      '某某镇2024年政府工作报告摘录',
      '导出日期：2026-02-01　共3条摘录',
      '乡村振兴',
      '粮食安全',
      '全年粮食总产量稳定在1.2万吨',
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段',
      '批注：与上年持平',
      '安全生产',
      '全年粮食总产量稳定在1.2万吨',
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段',
      '批注：与上年持平',
      '开展安全生产大检查整改隐患56处', // a line break inside a quotation: mammoth's raw text drops it (see below)
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第7段',
      '未标主题',
      '建成农家书屋3个',
      '《某某县政府工作报告》',
    ]);
  });

  it('keeps a line break inside a quotation as a break in the same paragraph', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docxExcerpts(input)) });
    expect(value).toContain('<p>开展安全生产大检查<br />整改隐患56处</p>');
  });

  it('uses Heading 1 for top-level themes and Heading 2 for nested ones, and Chinese fonts', async () => {
    const zip = await JSZip.loadAsync(await docxExcerpts(input));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const headings = [...documentXml.matchAll(/<w:pStyle w:val="(Heading\d|Title)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => [match[1], match[2]]);
    expect(headings).toEqual([
      ['Title', '摘录'],
      ['Heading1', '乡村振兴'],
      ['Heading2', '粮食安全'],
      ['Heading1', '安全生产'],
      ['Heading1', '未标主题'],
    ]);
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(stylesXml).toContain('w:eastAsia="宋体"');
    expect(stylesXml).toContain('w:eastAsia="黑体"');
    expect(stylesXml).toContain('w:eastAsia="zh-CN"');
  });

  it('writes the citation small and grey', async () => {
    const zip = await JSZip.loadAsync(await docxExcerpts(input));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const run = /<w:r>(?:(?!<\/w:r>).)*《某某县政府工作报告》<\/w:t><\/w:r>/.exec(documentXml)?.[0] ?? '';
    expect(run).toContain('<w:color w:val="767676"/>');
    expect(run).toContain('<w:sz w:val="18"/>');
  });

  it('drops characters XML cannot hold, so Word opens the file', async () => {
    const bytes = await docxExcerpts({ ...input, excerpts: [excerpt('d', '坚持\u0001底线\u0008思维\ud800', [], county, '\u000b要点')] });
    expect(await rawLines(bytes)).toEqual(['摘录', '导出日期：2026-02-01　共1条摘录', '未标主题', '坚持底线思维', '《某某县政府工作报告》', '批注：要点']);
  });

  it('says so when there is nothing to write, and refuses an export time that is not one', async () => {
    expect((await rawLines(await docxExcerpts({ ...input, excerpts: [] }))).at(-1)).toBe('（没有摘录）');
    await expect(docxExcerpts({ ...input, exportedAt: '2026-13-45' })).rejects.toThrow(RangeError);
  });
});
