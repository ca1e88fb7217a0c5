import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { COUNTY_CITATION, sampleExcerpt, sampleTheme, TOWN_CITATION as town } from '../fixtures/sample-excerpts';
import { xlsxExcerpts } from './xlsx-excerpts';

const themes = [sampleTheme('rural', '乡村振兴', null, 0), sampleTheme('grain', '粮食安全', 'rural', 0), sampleTheme('safety', '安全生产', null, 1)];
/** A county whose place is known but not the year. */
const county: Citation = { ...COUNTY_CITATION, reportTitle: '某某县2024年政府工作报告', place: '某某县', placeLevel: '县' };
const excerpt = (id: string, themeIds: string[], citation: Citation, fields: Partial<Excerpt> = {}): Excerpt =>
  sampleExcerpt(id, `全年粮食产量达到1.2万吨（${id}）`, { start: 10, themeIds, citation, ...fields });
const input: ExcerptExport = {
  excerpts: [
    excerpt('a', ['grain', 'safety'], town, { note: '=比上年增长5%', text: '稳定粮食播种面积\n守住耕地红线' }),
    excerpt('b', ['grain'], county),
    excerpt('c', [], county),
  ],
  themes,
  exportedAt: '2026-02-01T09:30:00.000Z',
};

/** The workbook the bytes hold, read back by exceljs in Node. */
async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}
/** A sheet's values as rows of cells (exceljs rows and cells count from 1). */
const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : row));

describe('xlsxExcerpts', () => {
  it('writes a zip with the excerpt sheet first, the counts sheet second', async () => {
    const bytes = await xlsxExcerpts(input);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const workbook = await read(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['摘录', '主题×报告']);
    expect(workbook.created.toISOString()).toBe('2026-02-01T09:30:00.000Z');
  });

  it('puts the rows under bold, frozen Chinese headers, numbers as numbers and the creation time as text', async () => {
    const sheet = (await read(await xlsxExcerpts(input))).getWorksheet('摘录') as ExcelJS.Worksheet;
    expect(values(sheet)).toEqual([
      ['主题', '主题路径', '摘录', '批注', '报告', '地点', '层级', '年份', '标题路径', '段落', '起', '止', '创建时间'],
      ['粮食安全', '乡村振兴 › 粮食安全', '稳定粮食播种面积\n守住耕地红线', '=比上年增长5%', '某某镇2024年政府工作报告', '某某镇', '镇', 2024, '一、2023年工作回顾 › （一）农业生产', 3, 10, 26, '2026-01-01T08:00:00.000Z'],
      ['安全生产', '安全生产', '稳定粮食播种面积\n守住耕地红线', '=比上年增长5%', '某某镇2024年政府工作报告', '某某镇', '镇', 2024, '一、2023年工作回顾 › （一）农业生产', 3, 10, 26, '2026-01-01T08:00:00.000Z'],
      // empty texts and the unknown year are empty cells
      ['粮食安全', '乡村振兴 › 粮食安全', '全年粮食产量达到1.2万吨（b）', undefined, '某某县2024年政府工作报告', '某某县', '县', undefined, undefined, 0, 10, 26, '2026-01-01T08:00:00.000Z'],
      [undefined, undefined, '全年粮食产量达到1.2万吨（c）', undefined, '某某县2024年政府工作报告', '某某县', '县', undefined, undefined, 0, 10, 26, '2026-01-01T08:00:00.000Z'],
    ]);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('H2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('M2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(1).width as number);
    expect(sheet.getCell('C2').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('D2').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('A2').alignment?.wrapText).toBeFalsy();
  });

  it('counts highlights per theme and report on the second sheet, with totals', async () => {
    const sheet = (await read(await xlsxExcerpts(input))).getWorksheet('主题×报告') as ExcelJS.Worksheet;
    expect(values(sheet)).toEqual([
      ['主题', '某某镇2024年政府工作报告', '某某县2024年政府工作报告', '合计'],
      ['乡村振兴', 0, 0, 0],
      ['乡村振兴 › 粮食安全', 1, 1, 2],
      ['安全生产', 1, 0, 1],
      ['（未标主题）', 0, 1, 1],
      ['摘录数（每条一次）', 1, 2, 3],
    ]);
    expect(sheet.getCell('A3').alignment?.indent).toBe(1);
    expect(sheet.getRow(6).font?.bold).toBe(true);
  });

  it('writes English headers and sheet names on demand', async () => {
    const workbook = await read(await xlsxExcerpts(input, { headers: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Excerpts', 'Themes × reports']);
    expect(values(workbook.worksheets[0] as ExcelJS.Worksheet)[0]).toEqual(['Theme', 'Theme path', 'Excerpt', 'Note', 'Report', 'Place', 'Level', 'Year', 'Heading path', 'Paragraph', 'Start', 'End', 'Created']);
    expect(values(workbook.worksheets[1] as ExcelJS.Worksheet).at(-1)).toEqual(['Highlights (each once)', 1, 2, 3]);
  });

  it('refuses a text longer than a cell holds and an export time that is not one', async () => {
    const long = { ...input, excerpts: [excerpt('x', [], town, { note: '注'.repeat(32768) })] };
    await expect(xlsxExcerpts(long)).rejects.toThrow(new RangeError('Note of row 1 has 32768 characters; an Excel cell holds at most 32767'));
    await expect(xlsxExcerpts({ ...input, exportedAt: '昨天' })).rejects.toThrow(RangeError);
  });
});
