/**
 * A saved web page's bytes → its HTML text. The page's own declaration
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding?>`)
 * names the encoding; a byte order mark overrides it (as in browsers), and
 * the bytes themselves overrule a declaration they cannot be. Decoding is
 * strict throughout: never a silent U+FFFD.
 */
import { decodeText } from '../../decode/decode-text';
import type { TextEncodingName } from '../../report/report';

/** How far into the file the declaration is looked for. */
const DECLARATION_BYTES = 2048;

/** Encoding labels a page may declare (WHATWG names and common aliases) and how they are read. */
const LABELS: Readonly<Record<string, TextEncodingName>> = {
  'gbk': 'gb18030', 'gb2312': 'gb18030', 'gb_2312': 'gb18030', 'gb_2312-80': 'gb18030', 'gb18030': 'gb18030',
  'x-gbk': 'gb18030', 'chinese': 'gb18030', 'csgb2312': 'gb18030', 'csiso58gb231280': 'gb18030',
  'iso-ir-58': 'gb18030', 'cp936': 'gb18030', 'windows-936': 'gb18030', 'ms936': 'gb18030',
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8',
  'unicode20utf8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  // A page cannot declare UTF-16 in ASCII bytes; browsers read such a declaration as UTF-8.
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8', 'unicode': 'utf-8',
};

/** What the start of a page declares about its encoding. */
export type DeclaredCharset =
  | { kind: 'known'; label: string; encoding: TextEncodingName }
  | { kind: 'unknown'; label: string }
  | null;

/**
 * The charset the first 2 KB of a page declare, if any: a `<meta charset>`,
 * a `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML
 * declaration's `encoding`, outside comments. GBK, GB2312 and GB18030 are
 * all read as GB18030 (its superset); labels this reader cannot decode are
 * reported as unknown.
 */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset {
  const head = String.fromCharCode(...bytes.subarray(0, DECLARATION_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?\s*([^\s"'?>]+)/i.exec(head);
  let label = xml?.[1];
  if (label === undefined) {
    for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
      const charset = /\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(meta[0]);
      if (charset) {
        label = charset[1];
        break;
      }
    }
  }
  if (label === undefined) return null;
  label = label.toLowerCase();
  const encoding = LABELS[label];
  return encoding === undefined ? { kind: 'unknown', label } : { kind: 'known', label, encoding };
}

/** A page's text, the encoding it was read in, and anything to tell about that. */
export interface DecodedHtml {
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

/** True when the bytes hold anything beyond ASCII. */
function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/** True when the bytes start with a byte order mark. */
function hasByteOrderMark(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/**
 * Decodes a page. A byte order mark decides first; then the declared charset
 * (see `declaredCharset`), as long as the bytes can be it; then detection
 * (strict UTF-8, else GB18030). Where the declaration and the bytes
 * disagree — a page that says `gbk` but is valid UTF-8 with Chinese in it
 * (re-saved without fixing its `<meta>`), or says `utf-8` but is not valid
 * UTF-8 — the bytes win and a warning says so. Bytes valid in no encoding,
 * NUL bytes and empty files throw `decodeText`'s DecodeError.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const detected = decodeText(bytes);
  if (hasByteOrderMark(bytes)) return { ...detected, warnings: [] };
  const declared = declaredCharset(bytes);
  if (declared === null) return { ...detected, warnings: [] };
  if (declared.kind === 'unknown') {
    return {
      ...detected,
      warnings: [`The page declares the encoding "${declared.label}", which is not read here; it was read as ${detected.encoding.toUpperCase()}.`],
    };
  }
  if (declared.encoding === detected.encoding) return { ...detected, warnings: [] };
  if (declared.encoding === 'gb18030' && !hasNonAscii(bytes)) {
    // Plain ASCII reads the same in both: honour the declaration.
    return { text: detected.text, encoding: 'gb18030', warnings: [] };
  }
  return {
    ...detected,
    warnings: [
      `The page declares the encoding "${declared.label}", but its bytes are ${detected.encoding.toUpperCase()}; it was read as ${detected.encoding.toUpperCase()}.`,
    ],
  };
}
