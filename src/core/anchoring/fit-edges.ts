import { contextSimilarity } from './context-similarity';
import type { QuoteCandidate } from './quote-candidate';
import type { TextQuoteSelector } from './selectors';

/**
 * Settles the edges of an approximate match by its context. An approximate
 * search leaves its edges loose: deleting 发展 from 发展壮大村级 costs two edits
 * whether the match starts at 壮 or two characters earlier on ，发. Each edge
 * is moved by up to the match's error count to where the stored prefix (for
 * the start) or suffix (for the end) fits best; on a tie the edge stays
 * where the search put it, then moves as little as possible. A verbatim match
 * comes back unchanged.
 */
export function fitEdges(text: string, quote: TextQuoteSelector, candidate: QuoteCandidate): { start: number; end: number } {
  const { errors } = candidate;
  if (errors === 0) return { start: candidate.start, end: candidate.end };
  const start = bestEdge(candidate.start, errors, 0, candidate.end - 1, (at) => contextSimilarity(text, quote.prefix, at, 'before'));
  const end = bestEdge(candidate.end, errors, start + 1, text.length, (at) => contextSimilarity(text, quote.suffix, at, 'after'));
  return { start, end };
}

/** The offset within `reach` of `from` (and within [min, max]) that `fit` likes best, nearest `from` on a tie. */
function bestEdge(from: number, reach: number, min: number, max: number, fit: (at: number) => number): number {
  let best = from;
  let bestFit = fit(from);
  for (let step = 1; step <= reach; step++) {
    for (const at of [from - step, from + step]) {
      if (at < min || at > max) continue;
      const score = fit(at);
      if (score > bestFit) {
        best = at;
        bestFit = score;
      }
    }
  }
  return best;
}
