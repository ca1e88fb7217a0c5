import search from 'approx-string-match';
import type { QuoteCandidate } from './quote-candidate';

/**
 * Approximate search for a quote whose text was edited, with
 * approx-string-match (Myers' bit-parallel algorithm, O(n · k / 32) for n
 * code units searched and k errors allowed).
 */

/** A half-open range of text offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Quotes longer than this are searched for by their head and tail instead of whole. */
export const LONG_QUOTE = 256;
/** The length of the head and of the tail searched for in a long quote. */
export const PIECE_LENGTH = 64;
/** At most this many candidates come back from one search, the nearest to the old position. */
export const MAX_CANDIDATES = 64;
/** The masking character: not expected in a normalised report text. */
const MASK = '\u0000';

/**
 * The most errors a fuzzy search allows for a quote of `length` code units:
 * a quarter of its length (so a match keeps three code units in four), at
 * most 32 (one machine word of the bit-parallel search). Quotes under 4 code
 * units get 0: they are found verbatim or not at all.
 */
export function maxErrorsFor(length: number): number {
  return Math.min(Math.floor(length / 4), 32);
}

/** Where and how a fuzzy search looks. */
export interface FuzzySearch {
  /** The part of the text searched (clipped to the text). */
  window: Span;
  /** Spans treated as blanked out. */
  masked: readonly Span[];
  /** The old start offset, to keep the nearest matches; null when unknown. */
  hint: number | null;
  /** Errors allowed for a quote searched whole; `maxErrorsFor(exact.length)` by default. */
  maxErrors?: number;
}

/**
 * The approximate matches of `exact` in the search's window with the fewest
 * errors, ignoring the masked spans (as if their text were blanked out, so
 * matches already found and rejected give way to the next best). Offsets are
 * into `text`; at most `MAX_CANDIDATES` come back, the nearest to the hint.
 *
 * A quote of at most `LONG_QUOTE` code units is searched for whole, with up
 * to `maxErrors` errors. A longer one is searched for by its first and last
 * `PIECE_LENGTH` code units (each with up to a quarter of their length in
 * errors); a head and a tail that lie in order, spanning the quote's length
 * give or take a quarter, make a candidate whose errors are then counted
 * against the whole quote (up to a quarter of its length). So a long passage
 * is found however its middle was edited, provided its two ends survive; the
 * cost stays O(window) for the pieces plus O(quote²/32) per pair verified.
 */
export function fuzzyQuoteCandidates(text: string, exact: string, { window: searched, masked, hint, maxErrors }: FuzzySearch): QuoteCandidate[] {
  const from = Math.max(0, searched.start);
  const to = Math.min(text.length, searched.end);
  if (to - from === 0) return [];
  const haystack = maskedSlice(text, from, to, masked);
  const found =
    exact.length <= LONG_QUOTE
      ? search(haystack, exact, maxErrors ?? maxErrorsFor(exact.length))
      : longQuoteMatches(haystack, exact, hint === null ? null : hint - from);
  const near = (candidate: QuoteCandidate): number => (hint === null ? 0 : Math.abs(candidate.start - hint));
  return found
    .map(({ start, end, errors }) => ({ start: start + from, end: end + from, errors }))
    .sort((a, b) => near(a) - near(b) || a.start - b.start)
    .slice(0, MAX_CANDIDATES);
}

/** `text.slice(from, to)` with every masked span overwritten by MASK characters. */
function maskedSlice(text: string, from: number, to: number, masked: readonly Span[]): string {
  const inside = masked
    .map(({ start, end }) => ({ start: Math.max(start, from), end: Math.min(end, to) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  if (inside.length === 0) return text.slice(from, to);
  const parts: string[] = [];
  let at = from;
  for (const { start, end } of inside) {
    if (end <= at) continue;
    const blankFrom = Math.max(start, at);
    parts.push(text.slice(at, blankFrom), MASK.repeat(end - blankFrom));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/** Head-and-tail matches of a long quote in `haystack`, with their errors against the whole quote. */
function longQuoteMatches(haystack: string, exact: string, hint: number | null): QuoteCandidate[] {
  const pieceErrors = maxErrorsFor(PIECE_LENGTH);
  const slack = Math.floor(exact.length / 4);
  const near = (m: QuoteCandidate): number => (hint === null ? 0 : Math.abs(m.start - hint));
  const heads = search(haystack, exact.slice(0, PIECE_LENGTH), pieceErrors).sort((a, b) => near(a) - near(b)).slice(0, 8);
  const tails = search(haystack, exact.slice(-PIECE_LENGTH), pieceErrors);
  const matches: QuoteCandidate[] = [];
  for (const head of heads) {
    let best: QuoteCandidate | null = null;
    for (const tail of tails) {
      const length = tail.end - head.start;
      if (tail.start < head.start || Math.abs(length - exact.length) > slack) continue;
      if (best === null || Math.abs(length - exact.length) < Math.abs(best.end - best.start - exact.length)) best = { start: head.start, end: tail.end, errors: 0 };
    }
    if (best === null) continue;
    const [verified] = search(haystack.slice(best.start, best.end), exact, slack);
    if (verified !== undefined) matches.push({ ...best, errors: verified.errors });
  }
  return matches;
}
