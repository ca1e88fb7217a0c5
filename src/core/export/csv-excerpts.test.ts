import { describe, expect, it } from 'vitest';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { sampleExcerpt, sampleTheme, TOWN_CITATION } from '../fixtures/sample-excerpts';
import { csvExcerpts, csvField } from './csv-excerpts';

const themes = [sampleTheme('rural', '乡村振兴', null, 0), sampleTheme('grain', '粮食安全', 'rural', 0)];
const excerpt = (id: string, themeIds: string[], fields: Partial<Excerpt> = {}): Excerpt => sampleExcerpt(id, '全年粮食产量达到1.2万吨', { start: 10, themeIds, ...fields });
const input = (excerpts: Excerpt[]): ExcerptExport => ({ excerpts, themes, exportedAt: '2026-02-01T00:00:00.000Z' });
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);

describe('csvField', () => {
  it.each([
    ['粮食', '"粮食"'],
    ['', '""'],
    ['他说"好"', '"他说""好"""'],
    ['a,b\r\nc', '"a,b\r\nc"'],
    ['=1+1', `"'=1+1"`],
    ['+86 123', `"'+86 123"`],
    ['-5%', `"'-5%"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['增长=5%', '"增长=5%"'],
    ["'已有引号", `"'已有引号"`],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvExcerpts', () => {
  it('writes a BOM, a Chinese header row, then one CRLF-ended record per row with every field quoted', () => {
    const bytes = csvExcerpts(input([excerpt('a', ['grain'], { note: '较上年"增长"' }), excerpt('b', [], { citation: { ...TOWN_CITATION, year: null, place: null, placeLevel: null } })]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.slice(3)).split('\r\n')).toEqual([
      '"主题","主题路径","摘录","批注","报告","地点","层级","年份","标题路径","段落","起","止","创建时间"',
      '"粮食安全","乡村振兴 › 粮食安全","全年粮食产量达到1.2万吨","较上年""增长""","某某镇2024年政府工作报告","某某镇","镇","2024","一、2023年工作回顾 › （一）农业生产","3","10","23","2026-01-01T08:00:00.000Z"',
      '"","","全年粮食产量达到1.2万吨","","某某镇2024年政府工作报告","","","","一、2023年工作回顾 › （一）农业生产","3","10","23","2026-01-01T08:00:00.000Z"',
      '',
    ]);
  });

  it('writes English headers on demand', () => {
    const first = text(csvExcerpts(input([]), { headers: 'en' }).slice(3));
    expect(first).toBe('"Theme","Theme path","Excerpt","Note","Report","Place","Level","Year","Heading path","Paragraph","Start","End","Created"\r\n');
  });

  it('keeps line breaks inside a field and neutralises a note that starts like a formula', () => {
    const csv = text(csvExcerpts(input([excerpt('c', ['rural'], { text: '第一行\n第二行', note: '=cmd|" /C calc"!A0' })])).slice(3));
    expect(csv).toContain('"第一行\n第二行"');
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  });

  it('encodes characters beyond the BMP in four bytes and a lone surrogate as U+FFFD', () => {
    const bytes = csvExcerpts(input([excerpt('d', [], { text: '𠀀', note: '\ud800' })]));
    const csv = text(bytes.slice(3));
    expect(csv).toContain('"𠀀"');
    expect(csv).toContain('"\ufffd"');
  });
});
