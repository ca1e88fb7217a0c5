import { describe, expect, it } from 'vitest';
import { documentXml, paragraphXml, runXml } from './docx-document-xml';

describe('runXml', () => {
  it('writes a run of escaped text, keeping spaces Word would drop', () => {
    expect(runXml('甲<乙>&"丙"')).toBe('<w:r><w:t>甲&lt;乙&gt;&amp;&quot;丙&quot;</w:t></w:r>');
    expect(runXml(' 前后 ')).toBe('<w:r><w:t xml:space="preserve"> 前后 </w:t></w:r>');
    expect(runXml('中间  两格')).toBe('<w:r><w:t xml:space="preserve">中间  两格</w:t></w:r>');
  });

  it('turns line breaks into breaks within the run, empty lines included', () => {
    expect(runXml('一\n二\r\n\r三\r')).toBe('<w:r><w:t>一</w:t><w:br/><w:t>二</w:t><w:br/><w:br/><w:t>三</w:t><w:br/></w:r>');
  });

  it('writes nothing for an empty text, or one of characters XML cannot hold only', () => {
    expect(runXml('')).toBe('');
    expect(runXml('\u0001\ufffe')).toBe('');
  });

  it('puts the run properties first, in the order of CT_RPr', () => {
    expect(runXml('注', { size: 18, color: '767676', bold: true })).toBe('<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="767676"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:t>注</w:t></w:r>');
  });
});

describe('paragraphXml and documentXml', () => {
  it('puts the paragraph properties before the runs', () => {
    expect(paragraphXml('')).toBe('<w:p></w:p>');
    expect(paragraphXml(runXml('甲'), { style: 'Heading1', spacingAfter: 60 })).toBe('<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:after="60"/></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>');
  });

  it('writes the paragraphs in order in the body, the section last', () => {
    const xml = documentXml([paragraphXml(runXml('一')), paragraphXml(runXml('二'))]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<w:document xmlns:w="http:\/\/schemas.openxmlformats.org\/wordprocessingml\/2006\/main"><w:body>/);
    expect(xml).toMatch(/<w:body><w:p><w:r><w:t>一<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t>二<\/w:t><\/w:r><\/w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"\/>.*<\/w:sectPr><\/w:body><\/w:document>$/);
  });
});
