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

/** The longest name given, in UTF-16 code units. */
const MAX_LENGTH = 200;

/** The first `MAX_LENGTH` code units of `name`, one fewer if the cut would split a surrogate pair; trailing dots and spaces dropped. */
function capped(name: string): string {
  const cut = name.length > MAX_LENGTH && /[\ud800-\udbff]/.test(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
  return name.slice(0, cut).replace(/[.\s]+$/, '');
}

/**
 * A suggested name reduced to a bare file name that is valid on Windows,
 * macOS and Linux: no folder part; no reserved or control characters and no
 * lone surrogates (each becomes `_`); no leading dots or trailing dots and
 * spaces; a `_` before a Windows device name; at most 200 UTF-16 code units,
 * cut between characters; `导出` when nothing is left. A name it gives is
 * given back unchanged.
 */
export function safeFileName(suggested: string): string {
  const lastPart = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    .replace(/^[.\s]+/, '');
  const name = capped(cleaned);
  if (name === '') return '导出';
  return WINDOWS_RESERVED.test(name) ? capped(`_${name}`) : name;
}
