/**
 * Text folded for keyword matching, with the way back to the offsets of the
 * text it came from: full-width letters and digits, compatibility forms and
 * case no longer tell two spellings apart (`ＡＩ`, `Ai` and `ai` are one), yet
 * a match is still reported where it stands in the original text.
 */

/** A folded text and, for every code unit of it, the original code point it came from. */
export interface FoldedText {
  folded: string;
  /** `from[i]`: offset in the original text of the code point folded unit `i` came from. */
  from: Int32Array;
  /** `to[i]`: offset just past that code point in the original text. */
  to: Int32Array;
}

/**
 * One code point folded: compatibility decomposition (NFKD: compared so,
 * two texts are equal exactly when their NFKC forms are, composed or not)
 * then lower case. CJK ideographs and ASCII, nearly all of a report, take a
 * short way.
 */
function foldCodePoint(char: string, code: number): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  return char.normalize('NFKD').toLowerCase();
}

/**
 * `text` folded code point by code point (so a match never begins or ends
 * inside one of the original's characters). Folding code point by code point
 * differs from folding the whole text only in the order of stacked combining
 * marks, which Chinese reports do not have.
 */
export function foldText(text: string): FoldedText {
  // Nearly every code point folds to one code unit: grow only when one does not.
  let from = new Int32Array(text.length);
  let to = new Int32Array(text.length);
  const parts: string[] = [];
  let plainFrom = 0;
  let length = 0;
  const put = (origin: number, width: number, units: number) => {
    if (length + units > from.length) {
      const grown = Math.max(from.length * 2, length + units);
      const nextFrom = new Int32Array(grown);
      const nextTo = new Int32Array(grown);
      nextFrom.set(from);
      nextTo.set(to);
      from = nextFrom;
      to = nextTo;
    }
    for (let i = 0; i < units; i++) {
      from[length] = origin;
      to[length] = origin + width;
      length++;
    }
  };
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? text[at]! : text.slice(at, at + 2);
    const piece = foldCodePoint(char, code);
    if (piece !== char) {
      // A run of code points that fold to themselves is copied whole.
      if (plainFrom < at) parts.push(text.slice(plainFrom, at));
      parts.push(piece);
      plainFrom = at + width;
    }
    put(at, width, piece.length);
    at += width;
  }
  if (plainFrom < text.length) parts.push(text.slice(plainFrom));
  return { folded: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/** A keyword folded as texts are, trimmed; '' for a keyword that is only blank. */
export function foldKeyword(keyword: string): string {
  return foldText(keyword.trim()).folded;
}

/**
 * Every place `needle` (already folded, not empty) occurs in the folded text,
 * as `[start, end)` in the original text, in order; occurrences may overlap
 * (`aa` occurs twice in `aaa`).
 */
export function findFolded(text: FoldedText, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (needle === '') return found;
  for (let at = text.folded.indexOf(needle); at !== -1; at = text.folded.indexOf(needle, at + 1)) {
    found.push({ start: text.from[at]!, end: text.to[at + needle.length - 1]! });
  }
  return found;
}
