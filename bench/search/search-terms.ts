/**
 * The terms the search benchmark looks up: twenty of two to four characters,
 * all of them in the generated corpus, from the commonest (a phrase of
 * almost every sentence) to the rarest (a place name in one report), and
 * what the library holds of each, worked out in Node with the app's own
 * matching (`findMatches` over the folded text), so the count line the app
 * shows can be checked against it.
 */
import { findMatches } from '../../src/core/text/find-matches';
import { foldText } from '../../src/core/text/folded-text';

/** A term and how common it is meant to be in the corpus. */
export interface SearchTerm {
  term: string;
  kind: 'common' | 'once each' | 'most' | 'some' | 'rare';
}

/**
 * The twenty terms. *common*: in every report, tens of times or more (the
 * corpus's sentences are built of these words); *once each*: in every
 * report, once (a heading, the venue line); *most*: in about seven reports
 * in ten (one theme's opening sentence); *some*: in tens to hundreds of
 * reports (figures, a session number), whose characters are in nearly
 * every report but the term is not; *rare*: place names in one to ten
 * reports.
 */
export const SEARCH_TERMS: readonly SearchTerm[] = [
  { term: '同比增长', kind: 'common' },
  { term: '增长', kind: 'common' },
  { term: '亿元', kind: 'common' },
  { term: '安全隐患', kind: 'common' },
  { term: '养老', kind: 'common' },
  { term: '标准厂房', kind: 'common' },
  { term: '工作安排', kind: 'once each' },
  { term: '第十届', kind: 'once each' },
  { term: '乡村振兴', kind: 'most' },
  { term: '枫桥经验', kind: 'most' },
  { term: '河长制', kind: 'most' },
  { term: '放管服', kind: 'most' },
  { term: '888', kind: 'some' },
  { term: '99.9', kind: 'some' },
  { term: '第八次', kind: 'some' },
  { term: '华市', kind: 'rare' },
  { term: '梅祥乡', kind: 'rare' },
  { term: '河溪镇', kind: 'rare' },
  { term: '松南', kind: 'rare' },
  { term: '金锦', kind: 'rare' },
];

/** What the library holds of a term. */
export interface TermFrequency {
  term: string;
  /** Reports holding the term. */
  reports: number;
  /** Occurrences in all the reports (not overlapping, as the app counts them). */
  matches: number;
}

/** How many reports of `texts` hold each of `terms`, and how often. */
export function termFrequencies(texts: readonly string[], terms: readonly string[]): TermFrequency[] {
  const counts = terms.map((term) => ({ term, reports: 0, matches: 0 }));
  for (const text of texts) {
    const folded = foldText(text);
    for (const count of counts) {
      const found = findMatches(folded, count.term).length;
      if (found > 0) count.reports += 1;
      count.matches += found;
    }
  }
  return counts;
}
