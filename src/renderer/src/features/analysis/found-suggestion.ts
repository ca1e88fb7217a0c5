/**
 * A suggestion as the list keeps it once its report's text is put away: the
 * sentence and everything needed to make it a highlight, so accepting one
 * never reads the text again.
 */
import type { KeywordSuggestion } from '../../../../core/analysis/keyword-suggestions';
import type { HighlightSelectors } from '../../../../core/anchoring/selectors';

export interface FoundSuggestion extends KeywordSuggestion {
  /** `suggestionKey` of it: report, theme, sentence. */
  key: string;
  /** The sentence itself (`text.slice(start, end)`). */
  sentence: string;
  /** The selectors the highlight will store (core's `describeRange` of the sentence). */
  selectors: HighlightSelectors;
  /** SHA-256 of the report's text, as the highlight records it. */
  textHash: string;
}
