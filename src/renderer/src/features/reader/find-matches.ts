/**
 * Finding a query in a report's plain text, as the analyst means it rather
 * than code unit for code unit: Latin letters in either case, full-width and
 * half-width forms (`２０２３` and `2023`, `ＧＤＰ` and `gdp`), composed and
 * decomposed accents are the same. The comparison runs on a folded copy of
 * the text (NFKC, then lower case), but every match is reported in offsets of
 * the original text, UTF-16 code units, like every other offset in the app.
 *
 * Occurrences do not overlap: the text is read left to right and the search
 * resumes after each match, so `哈哈` in `哈哈哈` is found once, like a
 * browser's find.
 */

/** One occurrence of the query: `[start, end)` in UTF-16 code units of the report's text. */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * A report's text folded for searching, with the way back to the original.
 * Build it once per text (`searchableText`) and search it for every query.
 */
export interface SearchableText {
  /** The original text. */
  readonly text: string;
  /** The folded text the queries are compared with. */
  readonly folded: string;
  /** For each code unit of `folded` (and one past the end): where its character starts in `text`. */
  readonly starts: Int32Array;
  /** For each code unit of `folded`: where its character ends in `text`. */
  readonly ends: Int32Array;
  /** For each code unit of `folded` (and one past the end): 1 when a character's folding begins there. */
  readonly boundaries: Uint8Array;
}

/** A base character with its combining marks (or stray marks): what folds as one unit. */
const CHARACTER = /\P{M}\p{M}*|\p{M}+/gsu;

/** The folded form of one character: compatibility-normalised, lower case. */
function foldCharacter(character: string): string {
  return character.normalize('NFKC').toLowerCase();
}

/** The folded form of a query: trimmed, then folded as the text is. */
export function foldQuery(query: string): string {
  let folded = '';
  for (const [character] of query.trim().matchAll(CHARACTER)) folded += foldCharacter(character);
  return folded;
}

/** Folds a report's text for searching; linear in its length. */
export function searchableText(text: string): SearchableText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const boundaries: number[] = [];
  for (const match of text.matchAll(CHARACTER)) {
    const character = match[0];
    const start = match.index;
    const end = start + character.length;
    // Most characters fold to themselves; skip the normalisation for plain CJK and ASCII lower case.
    const folded = /^[\u4e00-\u9fff\u3400-\u4dbfa-z0-9 \n]$/.test(character) ? character : foldCharacter(character);
    parts.push(folded);
    for (let unit = 0; unit < folded.length; unit += 1) {
      starts.push(start);
      ends.push(end);
      boundaries.push(unit === 0 ? 1 : 0);
    }
  }
  starts.push(text.length);
  boundaries.push(1);
  return { text, folded: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), boundaries: Uint8Array.from(boundaries) };
}

/**
 * Every non-overlapping occurrence of `query` in the text, left to right, in
 * offsets of the original text. The query is trimmed; an empty one finds
 * nothing. A match must begin and end on whole characters of the original
 * (`m` does not match inside `㎡`). At most `limit` matches are returned.
 */
export function findMatches(source: string | SearchableText, query: string, limit = Infinity): TextMatch[] {
  const needle = foldQuery(query);
  if (needle === '') return [];
  const searchable = typeof source === 'string' ? searchableText(source) : source;
  const { folded, starts, ends, boundaries } = searchable;
  const matches: TextMatch[] = [];
  let from = 0;
  while (matches.length < limit) {
    const at = folded.indexOf(needle, from);
    if (at === -1) break;
    const after = at + needle.length;
    if (boundaries[at] === 1 && boundaries[after] === 1) {
      matches.push({ start: starts[at] as number, end: ends[after - 1] as number });
      from = after;
    } else {
      from = at + 1;
    }
  }
  return matches;
}
