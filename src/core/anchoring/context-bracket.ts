import search from 'approx-string-match';
import type { Span } from './fuzzy-quote-candidates';
import type { QuoteCandidate } from './quote-candidate';
import type { TextQuoteSelector } from './selectors';

/**
 * Where a passage is, judged by its surroundings: if the stored prefix and
 * suffix both still stand near the old place, a passage's length apart, what
 * lies between them is what the passage has become, however much its own
 * words changed. A candidate elsewhere (a copy of the quote a few characters
 * off, say) is then known to be wrong.
 */

/** The least stored context, each side, worth searching for: shorter contexts prove little. */
export const MIN_BRACKET_CONTEXT = 8;

/**
 * The stretch of `text` between the best nearby match of `quote.prefix` and
 * of `quote.suffix` (each found within the window allowing one error in
 * eight), when the two lie in order and their gap is the quote's length give
 * or take a quarter (at least 2); null when either context is shorter than
 * `MIN_BRACKET_CONTEXT`, is not found, or no pair fits. `errors` is the edit
 * distance between the quote and the stretch, the quote's length when the
 * stretch is empty. O(window) for quotes up to 32 code units of context.
 */
export function contextBracket(text: string, quote: TextQuoteSelector, searched: Span, hint: number | null): QuoteCandidate | null {
  const { prefix, suffix, exact } = quote;
  if (prefix.length < MIN_BRACKET_CONTEXT || suffix.length < MIN_BRACKET_CONTEXT) return null;
  const from = Math.max(0, searched.start);
  const to = Math.min(text.length, searched.end);
  const haystack = text.slice(from, to);
  const befores = search(haystack, prefix, Math.floor(prefix.length / 8));
  const afters = search(haystack, suffix, Math.floor(suffix.length / 8));
  const slack = Math.max(2, Math.floor(exact.length / 4));

  let best: { start: number; end: number; cost: number } | null = null;
  for (const before of befores) {
    for (const after of afters) {
      const gap = after.start - before.end;
      if (gap < 0 || Math.abs(gap - exact.length) > slack) continue;
      const start = before.end + from;
      const cost = before.errors + after.errors + Math.abs(gap - exact.length);
      const nearer = best !== null && hint !== null && Math.abs(start - hint) < Math.abs(best.start - hint);
      if (best === null || cost < best.cost || (cost === best.cost && nearer)) best = { start, end: after.start + from, cost };
    }
  }
  if (best === null) return null;
  const between = text.slice(best.start, best.end);
  const [match] = between.length === 0 ? [] : search(between, exact, exact.length);
  const errors = match === undefined ? exact.length : match.errors + (between.length - (match.end - match.start));
  return { start: best.start, end: best.end, errors };
}
