import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxPackage } from './docx-package';

const parts = { documentXml: '<w:document/>', stylesXml: '<w:styles/>', title: '标题 & <副题>', created: new Date('2026-02-01T09:30:15.250+08:00') };

describe('docxPackage', () => {
  it('zips the content types first, then the relationships, the given parts, settings and core properties', () => {
    const files = unzipSync(docxPackage(parts));
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml']);
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toBe('<w:document/>');
    expect(strFromU8(files['word/styles.xml'] as Uint8Array)).toBe('<w:styles/>');
    expect(strFromU8(files['word/settings.xml'] as Uint8Array)).toContain('<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>');
  });

  it('writes the title escaped and the created time in UTC to the second', () => {
    const core = strFromU8(unzipSync(docxPackage(parts))['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('<dc:title>标题 &amp; &lt;副题&gt;</dc:title>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-01T01:30:15Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-01T01:30:15Z</dcterms:modified>');
  });

  it('writes the same bytes for the same parts, and takes a time a zip cannot hold', () => {
    expect(docxPackage(parts)).toEqual(docxPackage({ ...parts }));
    const ancient = { ...parts, created: new Date('1900-01-01T00:00:00Z') };
    expect(docxPackage(ancient)).toEqual(docxPackage(ancient));
    expect(strFromU8(unzipSync(docxPackage({ ...parts, created: new Date('0000-01-01T00:00:00+08:00') }))['docProps/core.xml'] as Uint8Array)).not.toContain('dcterms:created');
  });
});
