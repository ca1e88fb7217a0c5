/**
 * Finding a term in a report's text as the analyst means it (see
 * `folded-text.ts` for what counts as the same), reported in offsets of the
 * original text, UTF-16 code units, like every other offset in the app. The
 * library search, the reader's find bar and the keyword suggestions all find
 * terms so.
 *
 * By default occurrences do not overlap: the text is read left to right and
 * the search resumes after each match, so `哈哈` in `哈哈哈` is found once, as
 * a browser's find finds it. Keyword suggestions ask for every occurrence,
 * overlapping ones included.
 */
import { foldTerm, foldText, originalEnd, originalStart, type FoldedText } from './folded-text';

/** One occurrence of a term: `[start, end)` in UTF-16 code units of the report's text. */
export interface TextMatch {
  start: number;
  end: number;
}

/** How to find: how many matches at most, and whether they may overlap. */
export interface FindOptions {
  /** At most this many matches are returned (default: all). */
  limit?: number;
  /** True to report occurrences that overlap (`安安` twice in `安安安`); default false. */
  overlapping?: boolean;
}

/**
 * Every occurrence of `term` in the text, left to right (non-overlapping
 * unless `options.overlapping`). The term is trimmed; an empty one finds
 * nothing. A match begins and ends on whole characters of the original (`m`
 * is not found inside `㎡`, a surrogate pair is never split). Pass a
 * `FoldedText` to search one text for several terms without folding it again.
 */
export function findMatches(source: string | FoldedText, term: string, options: FindOptions = {}): TextMatch[] {
  const { limit = Infinity, overlapping = false } = options;
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
      from = overlapping ? at + 1 : at + needle.length;
    } else {
      from = at + 1;
    }
  }
  return matches;
}
