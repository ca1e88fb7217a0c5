import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { COUNTY_CITATION, sampleExcerpt, sampleTheme, TOWN_CITATION as town } from '../fixtures/sample-excerpts';
import { xlsxExcerpts } from './xlsx-excerpts';
import { orderProblems, zipParts } from '../fixtures/ooxml-parts';

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


/**
 * What keeps `xml` from being well-formed, as far as a strict reading with
 * htmlparser2 tells: a declaration first, one root, every element closed in
 * order, `<` and `&` only as markup or entities, no character XML 1.0 cannot hold.
 */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')) problems.push('no XML declaration first');
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)) problems.push('a character XML cannot hold');
  if (/<(?![A-Za-z/?!])/.test(xml)) problems.push('a < that starts no markup');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\dA-Fa-f]+);)/.test(xml)) problems.push('an & that starts no entity');
  const open: Array<{ name: string; selfClosing: boolean }> = [];
  let roots = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (open.length === 0) roots++;
        open.push({ name, selfClosing: xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>') });
      },
      // htmlparser2 closes a self-closing tag as "implied", and so every tag left open
      onclosetag(name, isImplied) {
        const element = open.pop();
        if (element?.name !== name) problems.push(`</${name}> closes another element`);
        else if (isImplied && !element.selfClosing) problems.push(`<${name}> not closed`);
      },
      ontext(text) {
        if (open.length === 0 && text.trim() !== '') problems.push('text outside the root');
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const XMLLINT = '/usr/bin/xmllint';
const noXmllint = existsSync(XMLLINT) ? null : `${XMLLINT} is not installed (apt-get install libxml2-utils)`;
if (noXmllint) console.warn(`XLSX xmllint check skipped: ${noXmllint}`);

/** xmllint's complaints about `xml`, or '' when it is well-formed. */
function xmllintErrors(xml: string): string {
  const run = spawnSync(XMLLINT, ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr.trim() || `xmllint exited with ${run.status}`;
}

/** The children of the SpreadsheetML elements the writer uses, in the order ECMA-376 (Part 1, transitional) gives them. */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  worksheet: ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup'],
  sheetView: ['pane', 'selection'],
  workbook: ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr'],
  styleSheet: ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  c: ['f', 'v', 'is'],
};


/** An input whose texts hold markup characters, control characters, an Excel escape and a lone surrogate. */
const awkward: ExcerptExport = {
  ...input,
  excerpts: [
    excerpt('w', ['grain'], town, {
      text: '甲 < 乙 & "丙" > 丁 ]]> &amp;',
      note: '注\u0001：a\u0008b\u000bc\u001f\ufffe 𠀀\ud800 _x0041_\t末',
    }),
    ...input.excerpts,
  ],
};

describe('xlsxExcerpts: the package', () => {
  it('holds the minimal parts, every one well-formed XML, markup and control characters and all', async () => {
    expect(wellFormedProblems('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a><b></a>')).not.toEqual([]); // so a pass means something
    for (const source of [input, awkward, { ...input, excerpts: [] }]) {
      const files = zipParts(await xlsxExcerpts(source));
      expect(Object.keys(files).sort()).toEqual(
        ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].sort(),
      );
      for (const [name, xml] of Object.entries(files)) {
        expect(`${name}: ${wellFormedProblems(xml).join('; ')}`).toBe(`${name}: `);
        expect(`${name}: ${orderProblems(xml, ORDER).join('; ')}`).toBe(`${name}: `);
      }
    }
  });

  it.skipIf(noXmllint !== null)('writes every part as XML xmllint takes', async () => {
    expect(xmllintErrors('<a><b></a>')).not.toBe(''); // so a pass means something
    for (const [name, xml] of Object.entries(zipParts(await xlsxExcerpts(awkward)))) expect(`${name}: ${xmllintErrors(xml)}`).toBe(`${name}: `);
  });

  it('keeps < & " and line breaks through a reading, drops what XML cannot hold, and shows an Excel escape as written', async () => {
    const bytes = await xlsxExcerpts(awkward);
    const sheet = (await read(bytes)).getWorksheet('摘录') as ExcelJS.Worksheet;
    expect(sheet.getCell('C2').value).toBe('甲 < 乙 & "丙" > 丁 ]]> &amp;');
    // written _x005F_x0041_, which exceljs (as Excel) reads back as the text _x0041_, not as "A"
    expect(sheet.getCell('D2').value).toBe('注：abc 𠀀 _x0041_\t末');
    expect(zipParts(bytes)['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">注：abc 𠀀 _x005F_x0041_\t末</t>');
    expect(sheet.getCell('C3').value).toBe('稳定粮食播种面积\n守住耕地红线');
  });

  it('freezes the header row and makes it bold in the XML itself', async () => {
    const files = zipParts(await xlsxExcerpts(input));
    const sheet1 = files['xl/worksheets/sheet1.xml'] as string;
    expect(sheet1).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const header = /<row r="1"[^>]*>(.*?)<\/row>/.exec(sheet1)?.[1] as string;
    const headerStyles = new Set([...header.matchAll(/ s="(\d+)"/g)].map((match) => Number(match[1])));
    const formats = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(files['xl/styles.xml'] as string)?.[1] as string).matchAll(/<xf [^>]*?fontId="(\d)"/g)].map((match) => match[1]);
    const boldFont = [...(files['xl/styles.xml'] as string).matchAll(/<font>(.*?)<\/font>/g)].findIndex((match) => match[1]?.includes('<b/>'));
    expect(headerStyles.size).toBeGreaterThan(0);
    for (const style of headerStyles) expect(formats[style]).toBe(String(boldFont));
    expect(files['xl/worksheets/sheet2.xml']).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
  });

  it('writes an export with no excerpts as headers alone, and the same bytes for the same input', async () => {
    const workbook = await read(await xlsxExcerpts({ ...input, excerpts: [] }));
    expect(values(workbook.getWorksheet('摘录') as ExcelJS.Worksheet)).toHaveLength(1);
    expect(values(workbook.getWorksheet('主题×报告') as ExcelJS.Worksheet).at(-1)).toEqual(['摘录数（每条一次）', 0]);
    expect(await xlsxExcerpts(input)).toEqual(await xlsxExcerpts(input));
  });
});
