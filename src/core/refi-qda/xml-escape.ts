/**
 * Writing strings into XML 1.0 so that a parser gives back exactly what was
 * written: markup characters escaped, line ends and tabs in attributes kept
 * as character references (a parser would otherwise fold them to spaces), a
 * CR in content kept the same way (a parser would otherwise fold CRLF to
 * LF), and characters XML 1.0 cannot carry at all (C0 controls other than
 * tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) left out, since one
 * of them would make the whole file unreadable.
 */

/** Characters XML 1.0 forbids anywhere, even as character references. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` without the characters XML 1.0 cannot carry. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** `value` as element content. */
export function xmlText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** `value` as an attribute value between double quotes. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
