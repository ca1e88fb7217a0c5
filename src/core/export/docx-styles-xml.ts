/**
 * The styles part (word/styles.xml) of the excerpt DOCX: the document's
 * default fonts and size, and the styles its paragraphs name.
 *
 * Fonts are set for Chinese: 宋体 for East Asian text in the body and 黑体
 * in the title and headings, Times New Roman / Arial for Latin, and the East
 * Asian language zh-CN, so Word and WPS lay the text out without
 * substitutions. The headings are Word's built-in `heading 1`–`heading 6`
 * (style ids `Heading1`…), each with its outline level, so Word's navigation
 * pane and table of contents, WPS and converters such as mammoth take them
 * for headings. Children of every element stand in the order ECMA-376 gives.
 */

/** The ids of the styles the document's paragraphs name, besides the headings (`headingStyle`). */
export const DOCX_STYLE = {
  title: 'Title',
  /** A passage: indented on both sides, with a grey rule on its left. */
  quote: 'ExcerptQuote',
  /** The citation under a passage (its runs are small and grey). */
  citation: 'ExcerptCitation',
  /** The 批注 under a citation. */
  note: 'ExcerptNote',
} as const;

/** How many heading levels there are: deeper groups share the last. */
export const HEADING_LEVELS = 6;

/** The style id of the heading at a depth: `Heading1` at depth 0, one level further each, `Heading6` from depth 5 down. */
export function headingStyle(depth: number): string {
  return `Heading${Math.min(Math.max(Math.trunc(depth), 0), HEADING_LEVELS - 1) + 1}`;
}

const BODY_FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>';
const HEADING_FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体" w:cs="Arial"/>';
/** Sizes of the body, title and headings 1–6, in half-points. */
const BODY_SIZE = 22;
const TITLE_SIZE = 36;
const HEADING_SIZES = [32, 28, 24, 22, 22, 22];
/** Indent of the passage, citation and note on both sides, in twentieths of a point (1 cm). */
const INDENT = '<w:ind w:left="567" w:right="567"/>';

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
/** Run properties of the title and headings: 黑体 / Arial, bold, black. */
const headingRun = (halfPoints: number) => `<w:rPr>${HEADING_FONT}<w:b/><w:bCs/><w:color w:val="000000"/>${size(halfPoints)}</w:rPr>`;

/** A paragraph style: name, basedOn, next, uiPriority, qFormat, then pPr and rPr, as CT_Style orders them. */
function paragraphStyle(id: string, name: string, body: { next?: string; priority?: number; pPr?: string; rPr?: string }): string {
  return [
    `<w:style w:type="paragraph" w:styleId="${id}">`,
    `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/>`,
    body.next === undefined ? '' : `<w:next w:val="${body.next}"/>`,
    body.priority === undefined ? '' : `<w:uiPriority w:val="${body.priority}"/>`,
    '<w:qFormat/>',
    body.pPr === undefined ? '' : `<w:pPr>${body.pPr}</w:pPr>`,
    body.rPr ?? '',
    '</w:style>',
  ].join('');
}

/** word/styles.xml. */
export function stylesXml(): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    `<w:docDefaults><w:rPrDefault><w:rPr>${BODY_FONT}${size(BODY_SIZE)}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    paragraphStyle(DOCX_STYLE.title, 'Title', { next: 'Normal', priority: 10, pPr: '<w:spacing w:after="120"/>', rPr: headingRun(TITLE_SIZE) }),
  ];
  HEADING_SIZES.forEach((halfPoints, index) => {
    const pPr = `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${index}"/>`;
    parts.push(paragraphStyle(headingStyle(index), `heading ${index + 1}`, { next: 'Normal', priority: 9, pPr, rPr: headingRun(halfPoints) }));
  });
  parts.push(
    paragraphStyle(DOCX_STYLE.quote, '摘录引文', {
      next: DOCX_STYLE.citation,
      pPr: `<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="BFBFBF"/></w:pBdr><w:spacing w:before="160" w:after="60" w:line="360" w:lineRule="auto"/>${INDENT}`,
    }),
    paragraphStyle(DOCX_STYLE.citation, '摘录出处', { next: 'Normal', pPr: `<w:spacing w:after="200"/>${INDENT}` }),
    paragraphStyle(DOCX_STYLE.note, '摘录批注', { next: 'Normal', pPr: `<w:spacing w:after="200"/>${INDENT}` }),
    '</w:styles>',
  );
  return parts.join('');
}
