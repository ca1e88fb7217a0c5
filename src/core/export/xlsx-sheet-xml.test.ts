import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SharedStrings } from './xlsx-shared-strings';
import { cellName, columnName, MAX_ROWS, WorksheetWriter, type SheetLayout } from './xlsx-sheet-xml';

const layout: SheetLayout = {
  columns: [
    { width: 14, style: 1 },
    { width: 60, style: 2 },
    { width: 8, style: 1 },
    { width: 8, style: 1 },
  ],
  frozenRows: 1,
  frozenColumns: 0,
  autoFilter: true,
  selected: true,
};

/** The part's XML after the rows are added. */
function sheetXml(rows: ReadonlyArray<Parameters<WorksheetWriter['addRow']>>, sheetLayout: SheetLayout = layout, strings = new SharedStrings()): string {
  const sheet = new WorksheetWriter(sheetLayout, strings);
  for (const row of rows) sheet.addRow(...row);
  return strFromU8(sheet.bytes());
}

describe('columnName and cellName', () => {
  it('name columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(cellName(12, 40001)).toBe('M40001');
  });
});

describe('WorksheetWriter', () => {
  it('writes text as shared strings, numbers as numbers, and no cell for an empty text or null', () => {
    const strings = new SharedStrings();
    const xml = sheetXml([[['主题', '摘录', '起', '止'], [4, 5, 4, 4], 3], [['粮食', '', 10, null]], [['粮食', 'x', Number.NaN, 0]]], layout, strings);
    const data = /<sheetData>(.*)<\/sheetData>/.exec(xml)?.[1];
    expect(data).toBe(
      '<row r="1" s="3" customFormat="1"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" s="5" t="s"><v>1</v></c><c r="C1" s="4" t="s"><v>2</v></c><c r="D1" s="4" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" s="1" t="s"><v>4</v></c><c r="C2" s="1"><v>10</v></c></row>' +
        '<row r="3"><c r="A3" s="1" t="s"><v>4</v></c><c r="B3" s="2" t="s"><v>5</v></c><c r="D3" s="1"><v>0</v></c></row>',
    );
    expect(strings.size).toBe(6);
  });

  it('puts the elements in the order ECMA-376 sets, with the dimension and filters over all rows', () => {
    const xml = sheetXml([[['a', 'b', 'c', 'd']], [['e']], [['f']]]);
    const children = [...xml.matchAll(/<(\w+)[\s/>]/g)].map((match) => match[1]).filter((name) => ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'pageMargins'].includes(name as string));
    expect(children).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'pageMargins']);
    expect(xml).toContain('<dimension ref="A1:D3"/>');
    expect(xml).toContain('<autoFilter ref="A1:D3"/>');
    expect(xml).toContain('<cols><col min="1" max="1" width="14" style="1" customWidth="1"/><col min="2" max="2" width="60" style="2" customWidth="1"/><col min="3" max="4" width="8" style="1" customWidth="1"/></cols>');
  });

  it('freezes the rows and columns asked, the cursor in the first free cell', () => {
    expect(sheetXml([])).toContain('<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>');
    const both = sheetXml([], { ...layout, frozenColumns: 1, selected: false });
    expect(both).toContain('<sheetView workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml([], { ...layout, frozenRows: 0, frozenColumns: 2 })).toContain('<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>');
    expect(sheetXml([], { ...layout, frozenRows: 0 })).toContain('<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>');
  });

  it('writes an empty sheet with an empty sheetData and gives the filter range as a defined name holds it', () => {
    expect(sheetXml([])).toContain('<dimension ref="A1:D1"/>');
    expect(sheetXml([])).toContain('<sheetData></sheetData>');
    const sheet = new WorksheetWriter(layout, new SharedStrings());
    sheet.addRow(['a', 'b', 'c', 'd', 'e']);
    sheet.addRow(['f']);
    expect(sheet.filterRange()).toBe('$A$1:$E$2');
  });

  it(`refuses a row past Excel's last (${MAX_ROWS})`, () => {
    const sheet = new WorksheetWriter({ ...layout, columns: [] }, new SharedStrings());
    for (let row = 0; row < MAX_ROWS; row++) sheet.addRow([]);
    expect(() => sheet.addRow([])).toThrow(RangeError);
  });
});
