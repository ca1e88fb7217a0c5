/**
 * Looks for coding suggestions across reports: texts are read in batches,
 * each report's sentences matched against the themes' keywords (core's
 * `keywordSuggestions`), and the text let go again, keeping only what each
 * suggestion needs. Between batches the search yields, reports its progress
 * and stops when asked or when it has found enough.
 */
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import { keywordSuggestions, suggestionKey } from '../../../../core/analysis/keyword-suggestions';
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { Theme } from '../../../../core/themes/theme';
import type { LibraryDatabase } from '../../db/db';
import { textHashOf } from '../annotate/new-highlight';
import type { FoundSuggestion } from './found-suggestion';

/** What to search. */
export interface SuggestionSearch {
  /** The reports to search, in the order to search and list them. */
  reportIds: readonly string[];
  /** The themes to suggest, in the order to list them. */
  themes: readonly Theme[];
  /** The library's highlights: sentences already coded with a theme are not proposed for it. */
  passages: readonly CodedPassage[];
  /** Suggestions to leave out (rejected), by `suggestionKey`. */
  skip?(key: string): boolean;
  /** Stop once this many are found (the list shows no more). */
  limit: number;
  /** Reports read per batch (default 20). */
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after every batch with the number of reports searched so far. */
  onProgress?(searched: number, total: number): void;
}

/** How the search ended: every report searched, enough found, or stopped by the analyst. */
export type SearchEnd = 'done' | 'limit' | 'cancelled';

export interface SuggestionResult {
  suggestions: FoundSuggestion[];
  searched: number;
  end: SearchEnd;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Searches `search.reportIds` in order; a report whose text is missing is
 * passed over. The suggestions come in report order, then as core orders
 * them within a report; at most `limit`.
 */
export async function findSuggestions(db: LibraryDatabase, search: SuggestionSearch): Promise<SuggestionResult> {
  const { reportIds, themes, limit, signal } = search;
  const batchSize = Math.max(1, search.batchSize ?? 20);
  const byReport = new Map<string, CodedPassage[]>();
  for (const passage of search.passages) {
    let list = byReport.get(passage.reportId);
    if (!list) byReport.set(passage.reportId, (list = []));
    list.push(passage);
  }
  const suggestions: FoundSuggestion[] = [];
  let searched = 0;
  for (let at = 0; at < reportIds.length; at += batchSize) {
    if (signal?.aborted) return { suggestions, searched, end: 'cancelled' };
    const batch = reportIds.slice(at, at + batchSize);
    const texts = await db.reportTexts.bulkGet([...batch]);
    for (const body of texts) {
      searched++;
      if (!body) continue;
      const found = keywordSuggestions({ reportId: body.reportId, text: body.text, themes, highlights: byReport.get(body.reportId) ?? [] }).filter(
        (suggestion) => !search.skip?.(suggestionKey(suggestion)),
      );
      if (found.length === 0) continue;
      const textHash = await textHashOf(body.text);
      for (const suggestion of found) {
        suggestions.push({
          ...suggestion,
          key: suggestionKey(suggestion),
          sentence: body.text.slice(suggestion.start, suggestion.end),
          selectors: describeRange(body.text, suggestion.start, suggestion.end),
          textHash,
        });
        if (suggestions.length >= limit) {
          search.onProgress?.(searched, reportIds.length);
          return { suggestions, searched, end: 'limit' };
        }
      }
    }
    search.onProgress?.(searched, reportIds.length);
    await pause();
  }
  return { suggestions, searched, end: signal?.aborted ? 'cancelled' : 'done' };
}
