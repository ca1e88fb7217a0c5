import { describe, expect, it } from 'vitest';
import { CODE, sampleProject } from './fixtures/sample-project';
import { qdcXml } from './qdc-writer';
import { xmlRoot } from './xml-element';

describe('qdcXml', () => {
  it('writes the codes nested as in the codebook, with colours, descriptions and keywords', () => {
    const root = xmlRoot(qdcXml(sampleProject().codebook))!;
    expect(root.name).toBe('CodeBook');
    const [rural, industry] = root.child('Codes')!.children('Code');
    expect(rural!.attribute('guid')).toBe(CODE.rural);
    expect(rural!.attribute('color')).toBe('#d0f19c');
    expect(rural!.child('Description')!.text()).toBe('农业农村发展。\n包括基础设施。\n关键词：高标准农田；农村道路');
    expect(rural!.children('Code').map((code) => code.attribute('name'))).toEqual(['粮食安全', '巩固脱贫 <成果>']);
    expect(rural!.children('Code')[1]!.attribute('color')).toBeUndefined();
    expect(industry!.attribute('isCodable')).toBe('false');
  });

  it('writes colours in lower case', () => {
    const codebook = sampleProject().codebook;
    codebook.codes[0]!.color = '#D0F19C';
    expect(qdcXml(codebook)).toContain('color="#d0f19c"');
  });

  it('refuses an empty codebook, which Codebook.xsd does not allow', () => {
    expect(() => qdcXml({ codes: [] })).toThrow(RangeError);
  });

  it('refuses a code with an empty name or a keyword holding the separator', () => {
    const codebook = sampleProject().codebook;
    codebook.codes[1]!.name = '  ';
    expect(() => qdcXml(codebook)).toThrow(/empty name/);
    const other = sampleProject().codebook;
    other.codes[1]!.keywords = ['甲；乙'];
    expect(() => qdcXml(other)).toThrow(RangeError);
  });
});
