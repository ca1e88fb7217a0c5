/**
 * Text as a SpreadsheetML string holds it (a shared string's `<t>`, of XML
 * Schema type ST_Xstring): as any XML text (`xmlText`: the characters XML
 * 1.0 cannot hold dropped, markup escaped), and with Excel's own escape
 * `_xHHHH_` (which Excel reads as the character U+HHHH) neutralised, so a
 * passage that happens to contain `_x000D_` is shown as written.
 */
import { xmlText } from './docx-xml-text';

/** A `_` that would start an `_xHHHH_` escape. */
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** `text` fit for a SpreadsheetML string: `xmlText`, and each `_` that starts `_xHHHH_` written `_x005F_` (Excel's escape of `_`). */
export function xlsxText(text: string): string {
  const xml = xmlText(text);
  return xml.includes('_x') ? xml.replace(ESCAPE_START, '_x005F_') : xml;
}
