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

/**
 * The number of code units covered by the ranges `[start, end)`, overlaps
 * counted once: the length of their union. Empty or reversed ranges cover
 * nothing. Does not modify `ranges`.
 */
export function unionLength(ranges: readonly { start: number; end: number }[]): number {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || a.end - b.end);
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}
