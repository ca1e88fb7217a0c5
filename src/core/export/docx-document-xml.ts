/**
 * The main part of a DOCX (`word/document` in the package), written as strings: runs,
 * paragraphs and the body around them, on an A4 page. Writers push each
 * paragraph's XML into an array and hand the array to `documentXml`, which
 * joins it once, so even tens of thousands of paragraphs cost little more
 * than their text.
 *
 * Children stand in the order ECMA-376 gives (pPr before the runs; in rPr
 * b, bCs, color, sz, szCs), so Word and WPS open the file without a repair.
 */
import { xmlText } from './docx-xml-text';

/** Direct formatting of a run. */
export interface RunFormat {
  bold?: boolean;
  /** RGB as six hex digits, `767676`. */
  color?: string;
  /** Font size in half-points (18 is 9 pt). */
  size?: number;
}

/** Properties of a paragraph. */
export interface ParagraphFormat {
  /** The id of its paragraph style (`docx-styles-xml`), Normal when not given. */
  style?: string;
  /** Space after it in twentieths of a point, over its style's. */
  spacingAfter?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;
/** Whitespace Word would drop from a `<w:t>` unless told to keep it: leading, trailing, or a run of it. */
const LOOSE_SPACE = /^\s|\s$|\s\s/;

/** The run properties of a format, '' for none; rFonts, b, bCs, color, sz, szCs in the order of CT_RPr. */
function runProperties(format: RunFormat): string {
  if (!format.bold && format.color === undefined && format.size === undefined) return '';
  return [
    '<w:rPr>',
    format.bold ? '<w:b/><w:bCs/>' : '',
    format.color === undefined ? '' : `<w:color w:val="${format.color}"/>`,
    format.size === undefined ? '' : `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`,
    '</w:rPr>',
  ].join('');
}

/** One line of escaped text, its spaces kept. */
function textXml(line: string): string {
  return LOOSE_SPACE.test(line) ? `<w:t xml:space="preserve">${line}</w:t>` : `<w:t>${line}</w:t>`;
}

/**
 * A run of text, or '' for an empty text. Line breaks in the text become
 * breaks within the paragraph (`<w:br/>`); characters XML cannot hold are
 * dropped and markup escaped.
 */
export function runXml(text: string, format: RunFormat = {}): string {
  const escaped = xmlText(text);
  if (escaped === '') return '';
  if (escaped.indexOf('\n') < 0 && escaped.indexOf('\r') < 0) return `<w:r>${runProperties(format)}${textXml(escaped)}</w:r>`;
  const parts = ['<w:r>', runProperties(format)];
  escaped.split(LINE_BREAK).forEach((line, index) => {
    if (index > 0) parts.push('<w:br/>');
    if (line !== '') parts.push(textXml(line));
  });
  parts.push('</w:r>');
  return parts.join('');
}

/** A paragraph of the given runs (`runXml`). */
export function paragraphXml(runs: string, format: ParagraphFormat = {}): string {
  const style = format.style === undefined ? '' : `<w:pStyle w:val="${format.style}"/>`;
  const spacing = format.spacingAfter === undefined ? '' : `<w:spacing w:after="${format.spacingAfter}"/>`;
  return style === '' && spacing === '' ? `<w:p>${runs}</w:p>` : `<w:p><w:pPr>${style}${spacing}</w:pPr>${runs}</w:p>`;
}

/** The body's section: an A4 portrait page with margins of one inch. */
const SECTION =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>';

/** The main part holding the paragraphs (`paragraphXml`) in order. */
export function documentXml(paragraphs: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    paragraphs.join(''),
    SECTION,
    '</w:body></w:document>',
  ].join('');
}
