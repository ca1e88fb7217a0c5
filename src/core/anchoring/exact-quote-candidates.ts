import { contextRun } from './context-similarity';
import { compareCandidates, scoreCandidate, type ScoredCandidate } from './quote-candidate';
import type { TextQuoteSelector } from './selectors';

/** How many occurrences are scored in full; beyond this a cheap look shortlists them. */
export const MAX_SCORED_OCCURRENCES = 64;

/** The verbatim occurrences of a quote: all their starts, and the best of them scored. */
export interface ExactQuoteCandidates {
  /** Start offsets of every occurrence, in text order. */
  occurrences: number[];
  /** Scored candidates, best first (all occurrences, or a shortlist of them). */
  candidates: ScoredCandidate[];
}

/**
 * Every place where `quote.exact` occurs verbatim in `text` (overlapping
 * occurrences included), and the scored candidates among them, best first.
 * `hint` is the old start offset, or null.
 *
 * Finding the occurrences is a run of `indexOf`, O(text) for the quote's
 * length. When a quote occurs more than `MAX_SCORED_OCCURRENCES` times (a
 * common phrase such as 经济发展), the occurrences are first shortlisted by
 * how many code units of context match from the passage's edges
 * (`contextRun`) and by distance from the old position, and only the
 * shortlist is scored in full.
 */
export function exactQuoteCandidates(text: string, quote: TextQuoteSelector, hint: number | null): ExactQuoteCandidates {
  const { exact } = quote;
  if (exact.length === 0) return { occurrences: [], candidates: [] };
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);

  const shortlist = starts.length <= MAX_SCORED_OCCURRENCES ? starts : shortlisted(text, quote, starts, hint);
  const candidates = shortlist
    .map((start) => scoreCandidate(text, quote, { start, end: start + exact.length, errors: 0 }, hint))
    .sort(compareCandidates);
  return { occurrences: starts, candidates };
}

/** Half the shortlist by matching context run, the other half by nearness to the old position. */
function shortlisted(text: string, quote: TextQuoteSelector, starts: readonly number[], hint: number | null): number[] {
  const half = MAX_SCORED_OCCURRENCES / 2;
  const distance = (start: number): number => (hint === null ? 0 : Math.abs(start - hint));
  const run = (start: number): number =>
    contextRun(text, quote.prefix, start, 'before') + contextRun(text, quote.suffix, start + quote.exact.length, 'after');
  const byContext = starts
    .map((start) => ({ start, run: run(start) }))
    .sort((a, b) => b.run - a.run || distance(a.start) - distance(b.start))
    .slice(0, half)
    .map(({ start }) => start);
  const chosen = new Set(byContext);
  const byDistance = [...starts].sort((a, b) => distance(a) - distance(b));
  for (const start of byDistance) {
    if (chosen.size >= MAX_SCORED_OCCURRENCES) break;
    chosen.add(start);
  }
  return [...chosen];
}
