/**
 * Auto-coding suggestions: the sentences of a report that contain one of a
 * theme's keywords, proposed for that theme. The analyst accepts or rejects
 * each; nothing is coded here. One report at a time: over a whole library the
 * caller goes report by report (reading texts in batches).
 */
import { findMatches } from '../text/find-matches';
import { foldTerm, foldText } from '../text/folded-text';
import type { Theme } from '../themes/theme';
import type { CodedPassage } from './coded-passage';
import { sentenceSpans, type SentenceSpan } from './sentence-spans';

/** Where a keyword stands in the text, and the keyword as the codebook writes it. */
export interface KeywordMatch {
  start: number;
  end: number;
  keyword: string;
}

/**
 * A sentence proposed for a theme: `[start, end)` is the whole sentence in
 * UTF-16 code units of the report's text; `keywords` the theme's keywords
 * found in it (as the codebook writes them, in the order they first occur);
 * `matches` every occurrence, by position.
 */
export interface KeywordSuggestion {
  reportId: string;
  themeId: string;
  start: number;
  end: number;
  keywords: string[];
  matches: KeywordMatch[];
}

/** What one report's suggestions are made from. */
export interface SuggestionSource {
  reportId: string;
  /** The report's plain text, as its highlights' offsets count it. */
  text: string;
  /** The themes to make suggestions for, in the order they are to be listed; themes without keywords give none. */
  themes: readonly Theme[];
  /** The report's highlights: a sentence overlapping one that carries a theme is not proposed for that theme again. */
  highlights: readonly Pick<CodedPassage, 'themeIds' | 'start' | 'end'>[];
}

/** The sentence containing offset `at`, by binary search over sentences in order; -1 when it falls between sentences. */
function sentenceAt(spans: readonly SentenceSpan[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (at < span.start) high = middle - 1;
    else if (at >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** A theme's keywords as they are matched: trimmed, each folded spelling once (the first kept), blanks left out. */
function distinctKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const keyword of keywords) {
    const folded = foldTerm(keyword);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    result.push(keyword.trim());
  }
  return result;
}

/**
 * The suggestions for one report: for each theme and each sentence (see
 * `sentenceSpans`) holding at least one of the theme's keywords, one
 * suggestion, unless the sentence already overlaps a highlight carrying that
 * theme (a child theme does not count for its parent). Keywords are matched
 * as the library search matches a term (`findMatches`: NFKC-folded and
 * case-insensitively, so `ＧＤＰ` finds `gdp`, on whole characters), every
 * occurrence, overlapping ones too, and only within a sentence. Ordered by
 * sentence, then by the order of `themes`: the same input always gives the
 * same list.
 */
export function keywordSuggestions(source: SuggestionSource): KeywordSuggestion[] {
  const { reportId, text, themes, highlights } = source;
  const withKeywords = themes.map((theme) => ({ theme, keywords: distinctKeywords(theme.keywords) })).filter((entry) => entry.keywords.length > 0);
  if (withKeywords.length === 0 || text === '') return [];
  const spans = sentenceSpans(text);
  const folded = foldText(text);
  const found: { order: number; suggestion: KeywordSuggestion }[] = [];

  withKeywords.forEach(({ theme, keywords }, order) => {
    const coded = highlights.filter((highlight) => highlight.themeIds.includes(theme.id) && highlight.end > highlight.start);
    const bySentence = new Map<number, KeywordMatch[]>();
    for (const keyword of keywords) {
      for (const match of findMatches(folded, keyword, { overlapping: true })) {
        const index = sentenceAt(spans, match.start);
        if (index === -1 || match.end > spans[index]!.end) continue;
        let list = bySentence.get(index);
        if (!list) bySentence.set(index, (list = []));
        list.push({ ...match, keyword });
      }
    }
    for (const [index, matches] of bySentence) {
      const span = spans[index]!;
      if (coded.some((highlight) => highlight.start < span.end && span.start < highlight.end)) continue;
      matches.sort((a, b) => a.start - b.start || a.end - b.end || (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0));
      const keywordsFound = [...new Set(matches.map((match) => match.keyword))];
      found.push({ order, suggestion: { reportId, themeId: theme.id, start: span.start, end: span.end, keywords: keywordsFound, matches } });
    }
  });

  found.sort((a, b) => a.suggestion.start - b.suggestion.start || a.order - b.order);
  return found.map((entry) => entry.suggestion);
}

/** A suggestion's identity across computations: report, theme and sentence (`r1|rural|10-24`). */
export function suggestionKey(suggestion: Pick<KeywordSuggestion, 'reportId' | 'themeId' | 'start' | 'end'>): string {
  return `${suggestion.reportId}|${suggestion.themeId}|${suggestion.start}-${suggestion.end}`;
}
