import { describe, expect, it } from 'vitest';
import { DOCX_STYLE, headingStyle, stylesXml } from './docx-styles-xml';

describe('headingStyle', () => {
  it('gives Heading1 at the top level, one further each level, Heading6 from depth 5 down', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12].map(headingStyle)).toEqual(['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading6', 'Heading6']);
  });
});

describe('stylesXml', () => {
  const xml = stylesXml();
  /** The XML of one style. */
  const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(xml)?.[0] ?? '';

  it('sets the body in 宋体 / Times New Roman, 11 pt, East Asian language zh-CN', () => {
    expect(xml).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(xml).toContain('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">');
  });

  it('sets the title and headings in bold 黑体 / Arial, each heading with its outline level', () => {
    expect(style('Title')).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体" w:cs="Arial"/><w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="36"/>');
    expect(style('Title')).not.toContain('outlineLvl');
    [32, 28, 24, 22, 22, 22].forEach((size, index) => {
      expect(style(`Heading${index + 1}`)).toContain(`<w:name w:val="heading ${index + 1}"/>`);
      expect(style(`Heading${index + 1}`)).toContain(`<w:outlineLvl w:val="${index}"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体" w:cs="Arial"/><w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="${size}"/>`);
    });
  });

  it('indents the quotation, citation and note, the quotation with a grey rule on its left', () => {
    expect(style(DOCX_STYLE.quote)).toContain('<w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="BFBFBF"/></w:pBdr><w:spacing w:before="160" w:after="60" w:line="360" w:lineRule="auto"/><w:ind w:left="567" w:right="567"/></w:pPr>');
    expect(style(DOCX_STYLE.citation)).toContain('<w:ind w:left="567" w:right="567"/>');
    expect(style(DOCX_STYLE.note)).toContain('<w:ind w:left="567" w:right="567"/>');
  });
});
