/**
 * Finding a search term in a report's text as the analyst means it (see
 * `folded-text.ts` for what counts as the same), reported in offsets of the
 * original text, UTF-16 code units, like every other offset in the app.
 *
 * Occurrences do not overlap: the text is read left to right and the search
 * resumes after each match, so `哈哈` in `哈哈哈` is found once, as the
 * reader's find bar finds it.
 */
import { foldTerm, foldText, originalEnd, originalStart, type FoldedText } from './folded-text';

/** One occurrence of a term: `[start, end)` in UTF-16 code units of the report's text. */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * Every non-overlapping occurrence of `term` in the text, left to right. The
 * term is trimmed; an empty one finds nothing. A match begins and ends on
 * whole characters of the original (`m` is not found inside `㎡`). At most
 * `limit` matches are returned. Pass a `FoldedText` to search one text for
 * several terms without folding it again.
 */
export function findMatches(source: string | FoldedText, term: string, limit = Infinity): TextMatch[] {
  const needle = foldTerm(term);
  if (needle === '' || limit <= 0) return [];
  const folded = typeof source === 'string' ? foldText(source) : source;
  const haystack = folded.folded;
  const matches: TextMatch[] = [];
  let from = 0;
  while (matches.length < limit) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) break;
    const start = originalStart(folded, at);
    const end = start < 0 ? -1 : originalEnd(folded, at + needle.length);
    if (end >= 0) {
      matches.push({ start, end });
      from = at + needle.length;
    } else {
      from = at + 1;
    }
  }
  return matches;
}
