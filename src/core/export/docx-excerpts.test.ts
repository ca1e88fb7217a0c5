import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Citation, Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { citationLine } from '../excerpts/citation';
import { COUNTY_CITATION as county, SAMPLE_THEMES as themes, sampleExcerpt, sampleTheme, TOWN_CITATION as town } from '../fixtures/sample-excerpts';
import { docxExcerpts } from './docx-excerpts';
import { orderProblems, zipParts } from '../fixtures/ooxml-parts';

const excerpt = (id: string, text: string, themeIds: string[], citation: Citation, note = ''): Excerpt => sampleExcerpt(id, text, { themeIds, citation, note });
const input: ExcerptExport = {
  excerpts: [
    excerpt('a', '全年粮食总产量稳定在1.2万吨', ['grain', 'safety'], town, '与上年持平'),
    excerpt('b', '开展安全生产大检查\n整改隐患56处', ['safety'], { ...town, paragraph: 7 }),
    excerpt('c', '建成农家书屋3个', [], county),
  ],
  themes,
  exportedAt: '2026-02-01T09:30:00+08:00',
};

/** The document's text as mammoth reads it: one line per paragraph, blank lines dropped. */
async function rawLines(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').filter((line) => line.trim() !== '');
}

describe('citationLine', () => {
  it('cites the report, place, year, headings and paragraph, leaving out what is missing', () => {
    expect(citationLine((input.excerpts[0] as Excerpt).citation)).toBe('《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段');
    expect(citationLine((input.excerpts[2] as Excerpt).citation)).toBe('《某某县政府工作报告》');
  });
});

describe('docxExcerpts', () => {
  it('writes the title, the date, then each theme’s excerpts with citation and note, in codebook order', async () => {
    const bytes = await docxExcerpts(input, { title: '某某镇2024年政府工作报告摘录' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(await rawLines(bytes)).toEqual([
      '某某镇2024年政府工作报告摘录',
      '导出日期：2026-02-01　共3条摘录',
      '乡村振兴',
      '粮食安全',
      '全年粮食总产量稳定在1.2万吨',
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段',
      '批注：与上年持平',
      '安全生产',
      '全年粮食总产量稳定在1.2万吨',
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第3段',
      '批注：与上年持平',
      '开展安全生产大检查整改隐患56处', // a line break inside a quotation: mammoth's raw text drops it (see below)
      '《某某镇2024年政府工作报告》，某某镇，2024年，一、2023年工作回顾 › （一）农业生产，第7段',
      '未标主题',
      '建成农家书屋3个',
      '《某某县政府工作报告》',
    ]);
  });

  it('keeps a line break inside a quotation as a break in the same paragraph', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docxExcerpts(input)) });
    expect(value).toContain('<p>开展安全生产大检查<br />整改隐患56处</p>');
  });

  it('uses Heading 1 for top-level themes and Heading 2 for nested ones, and Chinese fonts', async () => {
    const zip = await JSZip.loadAsync(await docxExcerpts(input));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const headings = [...documentXml.matchAll(/<w:pStyle w:val="(Heading\d|Title)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => [match[1], match[2]]);
    expect(headings).toEqual([
      ['Title', '摘录'],
      ['Heading1', '乡村振兴'],
      ['Heading2', '粮食安全'],
      ['Heading1', '安全生产'],
      ['Heading1', '未标主题'],
    ]);
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(stylesXml).toContain('w:eastAsia="宋体"');
    expect(stylesXml).toContain('w:eastAsia="黑体"');
    expect(stylesXml).toContain('w:eastAsia="zh-CN"');
  });

  it('writes the citation small and grey', async () => {
    const zip = await JSZip.loadAsync(await docxExcerpts(input));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const run = /<w:r>(?:(?!<\/w:r>).)*《某某县政府工作报告》<\/w:t><\/w:r>/.exec(documentXml)?.[0] ?? '';
    expect(run).toContain('<w:color w:val="767676"/>');
    expect(run).toContain('<w:sz w:val="18"/>');
  });

  it('drops characters XML cannot hold, so Word opens the file', async () => {
    const bytes = await docxExcerpts({ ...input, excerpts: [excerpt('d', '坚持\u0001底线\u0008思维\ud800', [], county, '\u000b要点')] });
    expect(await rawLines(bytes)).toEqual(['摘录', '导出日期：2026-02-01　共1条摘录', '未标主题', '坚持底线思维', '《某某县政府工作报告》', '批注：要点']);
  });

  it('says so when there is nothing to write, and refuses an export time that is not one', async () => {
    expect((await rawLines(await docxExcerpts({ ...input, excerpts: [] }))).at(-1)).toBe('（没有摘录）');
    await expect(docxExcerpts({ ...input, exportedAt: '2026-13-45' })).rejects.toThrow(RangeError);
  });
});


const XMLLINT = '/usr/bin/xmllint';
const noXmllint = existsSync(XMLLINT) ? null : `${XMLLINT} is not installed (apt-get install libxml2-utils)`;
if (noXmllint) console.warn(`DOCX well-formedness check skipped: ${noXmllint}`);

/** xmllint's complaints about `xml`, or '' when it is well-formed. */
function xmlErrors(xml: string): string {
  const run = spawnSync(XMLLINT, ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr.trim() || `xmllint exited with ${run.status}`;
}

/**
 * Children of the WordprocessingML elements the writer uses, in the order
 * ECMA-376 (Part 1, transitional) gives them, as far as the writer uses them
 * and a little beyond.
 */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  'w:styles': ['w:docDefaults', 'w:latentStyles', 'w:style'],
  'w:style': ['w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden', 'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:rsid', 'w:pPr', 'w:rPr'],
  'w:pPr': ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:widowControl', 'w:numPr', 'w:pBdr', 'w:shd', 'w:tabs', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:jc', 'w:outlineLvl', 'w:rPr'],
  'w:rPr': ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:color', 'w:spacing', 'w:kern', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:lang'],
  'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right'],
  'w:body': ['w:p', 'w:sectPr'],
  'w:p': ['w:pPr', 'w:r'],
  'w:r': ['w:rPr', 'w:t', 'w:br'],
  'w:sectPr': ['w:pgSz', 'w:pgMar', 'w:pgNumType', 'w:cols', 'w:docGrid'],
  'w:settings': ['w:defaultTabStop', 'w:compat'],
};
/** Elements whose children, once the properties are past, may mix (runs: text and breaks). */
const MIXED = new Set(['w:r']);


/** An input with a theme tree six levels deep under 第一层, of which only the deepest level has an excerpt, and text with markup characters and spaces. */
function deepInput(): ExcerptExport {
  const names = ['第一层', '第二层', '第三层', '第四层', '第五层', '第六层', '第七层'];
  const deep = names.map((name, index) => sampleTheme(`d${index}`, name, index === 0 ? null : `d${index - 1}`, index));
  return {
    excerpts: [excerpt('x', '甲 < 乙 & "丙" > 丁 ]]> &amp;', ['d6'], county, '  注：a<b  '), excerpt('y', '第二条', ['d1'], town)],
    themes: [...deep, sampleTheme('empty', '无摘录', null, 9)],
    exportedAt: '2026-02-01T09:30:00+08:00',
  };
}

describe('docxExcerpts: the package', () => {
  it('holds the parts Word needs, each relationship pointing at a part with its content type', async () => {
    const files = zipParts(await docxExcerpts(input));
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml']);
    const types = files['[Content_Types].xml'] as string;
    const targets = [
      ...[...(files['_rels/.rels'] as string).matchAll(/Target="([^"]+)"/g)].map((match) => match[1] as string),
      ...[...(files['word/_rels/document.xml.rels'] as string).matchAll(/Target="([^"]+)"/g)].map((match) => `word/${match[1]}`),
    ];
    expect(targets).toEqual(['word/document.xml', 'docProps/core.xml', 'word/styles.xml', 'word/settings.xml']);
    for (const target of targets) {
      expect(files[target]).toBeDefined();
      expect(types).toContain(`<Override PartName="/${target}" ContentType="application/vnd.openxmlformats-`);
    }
  });

  it.skipIf(noXmllint !== null)('writes every part as well-formed XML (xmllint), markup characters and all', async () => {
    expect(xmlErrors('<a><b></a>')).not.toBe(''); // so a pass means something
    for (const source of [input, deepInput()]) {
      for (const [name, xml] of Object.entries(zipParts(await docxExcerpts(source, { title: '<标题> & "引号"' })))) {
        expect(`${name}: ${xmlErrors(xml)}`).toBe(`${name}: `);
      }
    }
  });

  it('puts the children of paragraphs, runs, properties and styles in the order ECMA-376 gives', async () => {
    expect(orderProblems('<w:p><w:r/><w:pPr/></w:p>', ORDER, MIXED)).toEqual(['<w:pPr> after a later sibling in <w:p>']); // so a pass means something
    for (const source of [input, deepInput()]) {
      const files = zipParts(await docxExcerpts(source));
      for (const name of ['word/document.xml', 'word/styles.xml', 'word/settings.xml']) expect([name, orderProblems(files[name] as string, ORDER, MIXED)]).toEqual([name, []]);
    }
  });

  it('records the title and the export time in the properties, and writes the same bytes for the same input', async () => {
    const bytes = await docxExcerpts(input, { title: '<标题> & "引号"' });
    const core = zipParts(bytes)['docProps/core.xml'] as string;
    expect(core).toContain('<dc:title>&lt;标题&gt; &amp; &quot;引号&quot;</dc:title>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-01T01:30:00Z</dcterms:created>');
    expect(await docxExcerpts(input, { title: '<标题> & "引号"' })).toEqual(bytes);
  });

  it('compresses the parts (the main part to under a fifth)', async () => {
    const many: ExcerptExport = { ...input, excerpts: Array.from({ length: 500 }, (_, index) => excerpt(`m${index}`, `第${index}条：全年粮食总产量稳定在1.2万吨，开展安全生产大检查`, ['grain', 'safety'], { ...town, paragraph: index }, index % 3 === 0 ? '与上年持平' : '')) };
    const bytes = await docxExcerpts(many);
    expect(bytes.length).toBeLessThan((zipParts(bytes)['word/document.xml'] as string).length / 5);
  });
});

describe('docxExcerpts: headings and text, as mammoth reads them', () => {
  it('gives theme headings Word’s heading styles, which mammoth maps to h1, h2, …', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await docxExcerpts(input)) });
    expect(value).toContain('<h1>乡村振兴</h1><h2>粮食安全</h2>');
    expect(value).toContain('<h1>安全生产</h1>');
    expect(value).toContain('<h1>未标主题</h1>');
    expect(value.match(/<h\d>/g)).toEqual(['<h1>', '<h2>', '<h1>', '<h1>']); // the four groups (mammoth maps no Title style)
  });

  it('gives each heading style its outline level, so Word’s navigation pane lists the headings', async () => {
    const styles = zipParts(await docxExcerpts(input))['word/styles.xml'] as string;
    for (let level = 1; level <= 6; level += 1) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>.*?</w:style>`));
    }
    expect(styles).toContain('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it('heads deeper themes a level further each, down to Heading 6, and keeps a parent whose excerpts are all nested', async () => {
    const bytes = await docxExcerpts(deepInput());
    const documentXml = zipParts(bytes)['word/document.xml'] as string;
    const headings = [...documentXml.matchAll(/<w:pStyle w:val="(Heading\d)"\/><\/w:pPr><w:r><w:t>([^<]*)<\/w:t>/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(headings).toEqual(['Heading1 第一层', 'Heading2 第二层', 'Heading3 第三层', 'Heading4 第四层', 'Heading5 第五层', 'Heading6 第六层', 'Heading6 第七层']);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<h1>第一层</h1><h2>第二层</h2><p>第二条</p>');
    expect(value).not.toContain('无摘录');
  });

  it('keeps < & " > and spaces in the text as they were', async () => {
    const lines = await rawLines(await docxExcerpts(deepInput(), { title: '<标题> & "引号"' }));
    expect(lines[0]).toBe('<标题> & "引号"');
    expect(lines).toContain('甲 < 乙 & "丙" > 丁 ]]> &amp;');
    expect(lines).toContain('批注：  注：a<b  ');
  });
});
