import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SharedStrings } from './xlsx-shared-strings';
import { checkSheetNames, xlsxPackage, type XlsxWorkbook } from './xlsx-package';
import { stylesXml } from './xlsx-styles';
import { WorksheetWriter } from './xlsx-sheet-xml';

/** A workbook of two sheets, the first with filters. */
function workbook(names: [string, string] = ["甲's 表", '乙 & 丙'], created = new Date('2026-02-01T09:30:00.000Z')): XlsxWorkbook {
  const strings = new SharedStrings();
  const sheets = names.map((name, index) => {
    const sheet = new WorksheetWriter({ columns: [{ width: 10, style: 0 }], frozenRows: 1, frozenColumns: 0, autoFilter: index === 0, selected: index === 0 }, strings);
    sheet.addRow([name]);
    return { name, bytes: sheet.bytes(), ...(index === 0 ? { filterRange: sheet.filterRange() } : {}) };
  });
  return { sheets, styles: stylesXml(), created, sharedStrings: strings.bytes() };
}

/** The parts of a package, by name, as text. */
const parts = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('xlsxPackage', () => {
  it('holds the parts Excel needs, [Content_Types].xml first, each relationship pointing at a part with its content type', () => {
    const files = parts(xlsxPackage(workbook()));
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const targetsIn = (name: string, base: string) => [...(files[name] as string).matchAll(/Target="([^"]+)"/g)].map((match) => `${base}${match[1]}`);
    const targets = [...targetsIn('_rels/.rels', ''), ...targetsIn('xl/_rels/workbook.xml.rels', 'xl/')];
    expect(targets).toEqual(['xl/workbook.xml', 'docProps/core.xml', 'docProps/app.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    for (const target of targets) {
      expect(files[target]).toBeDefined();
      expect(files['[Content_Types].xml']).toContain(`<Override PartName="/${target}" ContentType="application/vnd.openxmlformats-`);
    }
  });

  it("names the sheets, escaped, and keeps the first sheet's filter range under Excel's hidden name", () => {
    const book = parts(xlsxPackage(workbook()))['xl/workbook.xml'] as string;
    expect(book).toContain('<sheets><sheet name="甲\'s 表" sheetId="1" r:id="rId1"/><sheet name="乙 &amp; 丙" sheetId="2" r:id="rId2"/></sheets>');
    expect(book).toContain(`<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'甲''s 表'!$A$1:$A$1</definedName></definedNames>`);
  });

  it('writes the created and modified times to the second, and the same bytes for the same workbook', () => {
    const core = parts(xlsxPackage(workbook()))['docProps/core.xml'] as string;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-01T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-01T09:30:00Z</dcterms:modified>');
    expect(xlsxPackage(workbook())).toEqual(xlsxPackage(workbook()));
    // a year W3CDTF cannot write, or a zip cannot date, still makes a package
    const ancient = parts(xlsxPackage(workbook(undefined, new Date('-000100-01-01T00:00:00Z'))));
    expect(ancient['docProps/core.xml']).not.toContain('dcterms:created');
    expect(Object.keys(parts(xlsxPackage(workbook(undefined, new Date('2150-01-01T00:00:00Z')))))).toHaveLength(10);
  });

  it('refuses sheet names Excel does not take', () => {
    expect(() => checkSheetNames(['摘录', '主题×报告', 'Themes × reports', 'x'.repeat(31)])).not.toThrow();
    for (const bad of [[''], ['x'.repeat(32)], ['a/b'], ['a[1]'], ['a:b'], ['a*'], ['a?'], ['a\\b'], ["'a"], ["a'"], ['摘录', '摘录'], ['Sheet', 'SHEET']]) {
      expect(() => checkSheetNames(bad), JSON.stringify(bad)).toThrow(RangeError);
    }
    expect(() => xlsxPackage(workbook(['a', 'a']))).toThrow(RangeError);
  });
});
