/**
 * Which found suggestions the list still shows: not rejected, and not coded
 * since they were found. Worked out against the live highlights, so an
 * accepted suggestion leaves the list as soon as its highlight is stored, and
 * comes back when Ctrl+Z takes the highlight away.
 */
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import type { KeywordSuggestion } from '../../../../core/analysis/keyword-suggestions';

/**
 * The suggestions of `found` (in their order) whose key is not in `hidden`
 * and whose sentence overlaps no highlight of `passages` carrying the
 * suggestion's theme.
 */
export function visibleSuggestions<T extends KeywordSuggestion & { key: string }>(found: readonly T[], hidden: ReadonlySet<string>, passages: readonly CodedPassage[]): T[] {
  if (found.length === 0) return [];
  const reports = new Set(found.map((suggestion) => suggestion.reportId));
  const coded = new Map<string, { start: number; end: number }[]>();
  for (const passage of passages) {
    if (!reports.has(passage.reportId)) continue;
    for (const themeId of passage.themeIds) {
      const key = `${passage.reportId}\u0000${themeId}`;
      let list = coded.get(key);
      if (!list) coded.set(key, (list = []));
      list.push(passage);
    }
  }
  return found.filter((suggestion) => {
    if (hidden.has(suggestion.key)) return false;
    const ranges = coded.get(`${suggestion.reportId}\u0000${suggestion.themeId}`);
    return !ranges?.some((range) => range.start < suggestion.end && suggestion.start < range.end);
  });
}
