/**
 * File names for what the app writes: made from report titles, valid on
 * every desktop system.
 */

/**
 * Names Windows reserves for devices (COM¹ to LPT³ included), alone or
 * before an extension, also with spaces before the dot (`nul .txt`), since
 * Windows drops them.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³])\s*(\..*)?$/i;

/**
 * Characters no file name gets: what Windows reserves, C0 and C1 controls,
 * and the bidirectional embeddings, overrides and isolates, which make a
 * name read otherwise than it is (`报告\u202Etxt.exe` shows as `报告exe.txt`).
 */
// eslint-disable-next-line no-control-regex -- control characters are what we remove
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The longest name given, in UTF-8 bytes: Linux and macOS allow 255 bytes
 * (Windows 255 UTF-16 code units, never more than the bytes), and callers
 * add an extension of their own to what this gives.
 */
const MAX_BYTES = 200;

/** An extension kept whole when a name is cut: a dot and up to 16 ASCII letters and digits. */
const EXTENSION = /\.[A-Za-z0-9]{1,16}$/;

/** UTF-8 bytes of one character (a code point). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The longest start of `text`, whole characters only, of at most `bytes` UTF-8 bytes. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += utf8Length(char);
    if (used > bytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * `name` within MAX_BYTES, cut between characters; an extension that ends
 * it (see EXTENSION) is kept and the part before it cut instead; trailing
 * dots and spaces dropped.
 */
function capped(name: string): string {
  const trim = (text: string): string => text.replace(/[.\s]+$/, '');
  if (cutToBytes(name, MAX_BYTES) === name) return trim(name);
  const extension = EXTENSION.exec(name)?.[0] ?? '';
  const stem = trim(cutToBytes(name.slice(0, name.length - extension.length), MAX_BYTES - extension.length));
  return stem === '' ? trim(cutToBytes(name, MAX_BYTES)) : `${stem}${extension}`;
}

/**
 * A suggested name reduced to a bare file name that is valid on Windows,
 * macOS and Linux: no folder part; no reserved characters, no control or
 * bidirectional control characters and no lone surrogates (each becomes
 * `_`); no leading dots or trailing dots and spaces; a `_` before a Windows
 * device name; at most 200 UTF-8 bytes, cut between characters and before
 * an extension that ends it, which is kept; `导出` when nothing is left. A
 * name it gives is given back unchanged.
 */
export function safeFileName(suggested: string): string {
  const lastPart = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    .replace(FORBIDDEN, '_')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    .replace(/^[.\s]+/, '');
  const name = capped(cleaned);
  if (name === '') return '导出';
  return WINDOWS_RESERVED.test(name) ? capped(`_${name}`) : name;
}
