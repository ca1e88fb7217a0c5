/**
 * Excerpts as CSV that Excel, WPS and LibreOffice open correctly with
 * Chinese text: UTF-8 with a byte order mark, CRLF line ends, every field
 * quoted (RFC 4180), and no cell that a spreadsheet would run as a formula.
 */
import type { ExcerptExport } from '../excerpts/excerpt';
import { EXCERPT_COLUMNS, excerptRows, type HeaderLanguage } from './excerpt-rows';

/** Options of `csvExcerpts`. */
export interface CsvExcerptOptions {
  /** The header row's language: `zh` (the default) or `en`. */
  headers?: HeaderLanguage;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * One CSV field: the text in double quotes, each quote doubled. A text that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single
 * quote `'` in front, inside the quotes, as OWASP advises against formula
 * ("CSV") injection: Excel and LibreOffice then show the text instead of
 * computing it (`=HYPERLINK(…)` stays words). Reading the file back gives
 * such a text with the extra `'` at its start; every other text comes back
 * exactly, line breaks, commas and quotes included.
 */
export function csvField(text: string): string {
  const safe = FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One CSV record: the fields joined by commas, ended by CRLF. */
function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The UTF-8 bytes of `text` after a byte order mark (EF BB BF). A lone
 * surrogate, which UTF-8 cannot hold, is written as U+FFFD, as TextEncoder
 * would (src/core does not assume the platform has one).
 */
function utf8WithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(3 + text.length * 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  let at = 3;
  for (const char of text) {
    let code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes[at++] = code;
    else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else {
      bytes[at++] = 0xf0 | (code >> 18);
      bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
  }
  return bytes.slice(0, at);
}

/**
 * The excerpt table (see `excerptRows` and `EXCERPT_COLUMNS`) as CSV bytes:
 * a header row, then one record per row; UTF-8 with a BOM so Excel reads
 * the Chinese; CRLF after every record; every field quoted and guarded by
 * `csvField`. Numbers are written in decimal, a missing year as an empty field.
 */
export function csvExcerpts(input: ExcerptExport, options: CsvExcerptOptions = {}): Uint8Array {
  const language = options.headers ?? 'zh';
  const lines = [csvRecord(EXCERPT_COLUMNS.map((column) => column[language]))];
  for (const row of excerptRows(input)) {
    lines.push(csvRecord(EXCERPT_COLUMNS.map(({ key }) => String(row[key] ?? ''))));
  }
  return utf8WithBom(lines.join(''));
}
