import { describe, expect, it } from 'vitest';
import { CODE, REPORT_A, sampleProject } from './fixtures/sample-project';
import type { QdaProject } from './qda-project';
import { qdeXml } from './qde-writer';
import { xmlRoot } from './xml-element';

const selectionsOf = (xml: string) => xmlRoot(xml)!.child('Sources')!.children('TextSource')[0]!.children('PlainTextSelection');

describe('qdeXml', () => {
  it('writes the project’s parts in the order Project.xsd’s sequence wants', () => {
    const root = xmlRoot(qdeXml(sampleProject()))!;
    expect(root.name).toBe('Project');
    expect(root.children().map((child) => child.name)).toEqual(['CodeBook', 'Variables', 'Sources', 'Notes', 'NoteRef']);
    expect(root.attribute('name')).toBe('镇县报告 & 样例');
  });

  it('counts positions in code points: 𠀀 before a passage is one position, though two code units', () => {
    const [, second, third] = selectionsOf(qdeXml(sampleProject()));
    const unitStart = REPORT_A.indexOf('村道路硬化');
    expect(REPORT_A[unitStart - 1]).toBe('\uDC00');
    expect(second!.attribute('startPosition')).toBe(String(unitStart - 1));
    expect(second!.attribute('endPosition')).toBe(String(unitStart - 1 + '村道路硬化全部完成'.length));
    expect(Array.from(REPORT_A).slice(Number(third!.attribute('startPosition')), Number(third!.attribute('endPosition'))).join('')).toBe('𠀀村道路');
  });

  it('codes a selection once per code and points at its note, which holds the note text', () => {
    const xml = qdeXml(sampleProject());
    const [first] = selectionsOf(xml);
    expect(first!.children('Coding').map((coding) => coding.child('CodeRef')!.attribute('targetGUID'))).toEqual([CODE.rural, CODE.farmland]);
    const noteGuid = first!.child('NoteRef')!.attribute('targetGUID');
    const note = xmlRoot(xml)!.child('Notes')!.children('Note').find((n) => n.attribute('guid') === noteGuid);
    expect(note!.child('PlainTextContent')!.text()).toBe('数字 & 单位 <亩>');
  });

  it('declares each variable once, with the type its values share, else Text', () => {
    const root = xmlRoot(qdeXml(sampleProject()))!;
    const declared = root.child('Variables')!.children('Variable').map((v) => [v.attribute('name'), v.attribute('typeOfVariable')]);
    expect(declared).toEqual([['地点', 'Text'], ['年份', 'Integer'], ['会议日期', 'Text']]);
    const values = root.child('Sources')!.children('TextSource')[0]!.children('VariableValue');
    expect(values.map((value) => value.children()[1]!.name)).toEqual(['TextValue', 'IntegerValue', 'TextValue']);
  });

  it('keeps sources’ text out of the XML, in internal://<guid>.txt', () => {
    const xml = qdeXml(sampleProject());
    expect(xml).not.toContain('粮食总产');
    expect(xmlRoot(xml)!.child('Sources')!.children()[0]!.attribute('plainTextPath')).toBe('internal://7a1c2b3d-0000-4000-8000-00000000000a.txt');
  });

  it('writes the same XML for the same project', () => {
    expect(qdeXml(sampleProject())).toBe(qdeXml(sampleProject()));
  });

  it.each<[string, (project: QdaProject) => void, RegExp]>([
    ['an empty selection', (p) => Object.assign(p.sources[0]!.selections[0]!, { end: p.sources[0]!.selections[0]!.start }), /not a non-empty range/],
    ['a selection past the text', (p) => Object.assign(p.sources[0]!.selections[0]!, { end: 10_000 }), /not a non-empty range/],
    ['a selection splitting 𠀀', (p) => Object.assign(p.sources[0]!.selections[2]!, { start: p.sources[0]!.selections[2]!.start + 1 }), /surrogate pair/],
    ['a coding of an unknown code', (p) => p.sources[0]!.selections[0]!.codeGuids.push('0b6f1a52-7c1e-4f0a-9d2e-1a2b3c4d5eff'), /not a code of the codebook/],
    ['a GUID used twice', (p) => Object.assign(p.sources[1]!, { guid: p.sources[0]!.guid }), /used twice/],
    ['a GUID not of GUID form', (p) => Object.assign(p.sources[0]!, { guid: 'report-1' }), /not of GUID form/],
    ['an Integer variable that is not an integer', (p) => Object.assign(p.sources[0]!.variables[1]!, { value: '二〇二四' }), /not a Integer value/],
    ['a variable without a name', (p) => Object.assign(p.sources[0]!.variables[0]!, { name: ' ' }), /empty name/],
    ['a code colour not #rrggbb', (p) => Object.assign(p.codebook.codes[0]!, { color: 'green' }), /not #rrggbb/],
  ])('refuses %s with a RangeError', (_, change, message) => {
    const project = sampleProject();
    change(project);
    expect(() => qdeXml(project)).toThrow(RangeError);
    expect(() => qdeXml(project)).toThrow(message);
  });
});
