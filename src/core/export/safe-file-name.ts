/**
 * File names for what the app writes: made from report titles, valid on
 * every desktop system.
 */

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A suggested name reduced to a bare file name that is valid on Windows,
 * macOS and Linux: no folder part, no reserved or control characters, no
 * leading dots or trailing dots and spaces, at most 200 characters;
 * `导出` when nothing is left.
 */
export function safeFileName(suggested: string): string {
  const lastPart = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200)
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return '导出';
  return WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
