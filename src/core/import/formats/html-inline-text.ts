/**
 * The text of one line as a browser shows it: runs of HTML whitespace
 * collapse to one space, preformatted text stays as written, and a source
 * line break between two Chinese characters disappears (CSS Text 3's rule
 * for East Asian text), so a paragraph wrapped in the HTML source does not
 * gain spaces in the middle of its words.
 */

/** A run of a line's text: flowing (whitespace collapses) or preformatted (kept). */
export interface InlinePiece {
  text: string;
  pre: boolean;
}

/** HTML's whitespace: space, tab, line feed, form feed, carriage return. Not U+3000, not U+00A0. */
const HTML_SPACE = /[ \t\n\f\r]/;

/** Characters between which a wrapped source line adds no space: Chinese, Japanese and full-width. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\u3040-\u30ff\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/**
 * Joins a line's pieces into its text: flowing whitespace collapses (a run
 * holding a line break between two wide characters vanishes; any other run
 * becomes one space), preformatted pieces are kept verbatim, and the result
 * is trimmed at both ends, ideographic (U+3000) and no-break spaces
 * included. Whitespace HTML does not collapse — U+3000, U+00A0 — is kept
 * inside the line as written.
 */
export function inlineText(pieces: readonly InlinePiece[]): string {
  const out: string[] = [];
  let previous = '';
  let pending: 'none' | 'space' | 'break' = 'none';
  const put = (char: string): void => {
    if (pending !== 'none' && previous !== '') {
      const vanishes = pending === 'break' && WIDE.test(previous) && WIDE.test(char);
      if (!vanishes) out.push(' ');
    }
    pending = 'none';
    out.push(char);
    previous = char;
  };
  for (const piece of pieces) {
    if (piece.pre) {
      for (const char of piece.text) put(char);
      continue;
    }
    for (const char of piece.text) {
      if (HTML_SPACE.test(char)) {
        if (char === '\n' || char === '\r') pending = 'break';
        else if (pending === 'none') pending = 'space';
      } else {
        put(char);
      }
    }
  }
  return out.join('').trim();
}
