/**
 * A highlight as the analyses see it: where it is and which themes it
 * carries, nothing else (no note, no quote), so thousands of them are cheap
 * to gather.
 */

/**
 * One highlighted passage: `[start, end)` in UTF-16 code units of its
 * report's plain text, and its themes. A stored highlight gives
 * `selectors.position` for the offsets.
 */
export interface CodedPassage {
  reportId: string;
  themeIds: readonly string[];
  start: number;
  end: number;
}

