import { contextSimilarity } from './context-similarity';
import { CONTEXT_LENGTH, type TextQuoteSelector } from './selectors';

/**
 * A place in the text where a quote might now stand, and how it is judged.
 * The weights follow the Hypothesis client's `matchQuote`: the quote itself
 * counts most, then its prefix and suffix, and closeness to where the passage
 * was expected only breaks near-ties.
 */

/** A stretch of text found by a search for a quote, with its edit distance from the quote. */
export interface QuoteCandidate {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and `text.slice(start, end)`. */
  errors: number;
}

/** A candidate with its similarities (each 0 to 1) and its overall score. */
export interface ScoredCandidate extends QuoteCandidate {
  /** 1 − errors / quote length. */
  quote: number;
  /** `contextSimilarity` of the stored prefix before `start`. */
  prefix: number;
  /** `contextSimilarity` of the stored suffix after `end`. */
  suffix: number;
  /**
   * Prefix and suffix similarity together, each weighted by how much context
   * was stored (1 when none was): three units of suffix at the end of a text
   * count for three, not for half the evidence.
   */
  context: number;
  /** Code units between `start` and where the passage was expected (0 when there is no expectation). */
  distance: number;
  /** The weighted mean of quote, context and position scores, 0 to 1. */
  score: number;
}

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 40;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + CONTEXT_WEIGHT + POSITION_WEIGHT;

/** The least quote similarity a match may have: at most one edit in four code units. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** The least context similarity for a match to be taken without looking further. */
export const STRONG_CONTEXT = 0.85;
/** The least overall score for a match whose context is weak. */
export const MIN_SCORE = 0.8;
/** The least prefix and suffix similarity, each, for a passage placed by its context (`isBracketed`). */
export const BRACKETING_CONTEXT = 0.85;
/** A quote at least this long that matches this well stands on its own, whatever its context. */
export const SELF_EVIDENT = { length: 16, quote: 0.9 } as const;

/**
 * Scores `candidate` for `quote` in `text`; `hint` is where the passage is
 * expected to start (its old position, or better), null when unknown.
 */
export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: QuoteCandidate, hint: number | null): ScoredCandidate {
  const quoteScore = Math.max(0, 1 - candidate.errors / quote.exact.length);
  const prefix = contextSimilarity(text, quote.prefix, candidate.start, 'before');
  const suffix = contextSimilarity(text, quote.suffix, candidate.end, 'after');
  const prefixLength = Math.min(quote.prefix.length, CONTEXT_LENGTH);
  const suffixLength = Math.min(quote.suffix.length, CONTEXT_LENGTH);
  const stored = prefixLength + suffixLength;
  const context = stored === 0 ? 1 : (prefix * prefixLength + suffix * suffixLength) / stored;
  const distance = hint === null ? 0 : Math.abs(candidate.start - hint);
  const positionScore = 1 - distance / Math.max(1, text.length);
  const score = (QUOTE_WEIGHT * quoteScore + CONTEXT_WEIGHT * context + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
  return { ...candidate, quote: quoteScore, prefix, suffix, context, distance, score };
}

/** Orders candidates best first: higher score, then nearer the expected place, then earlier. */
export function compareCandidates(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || a.distance - b.distance || a.start - b.start;
}

/**
 * Orders candidates by their context first (a tenth of the quote similarity
 * added), then nearness: for a quote that echoes itself, whose neighbouring
 * copy matches the quote as well as the passage does, and only the context
 * tells them apart.
 */
export function compareByContext(a: ScoredCandidate, b: ScoredCandidate): number {
  const key = (candidate: ScoredCandidate): number => candidate.context + candidate.quote / 10;
  return key(b) - key(a) || a.distance - b.distance || a.start - b.start;
}

/** True when a candidate's quote and context both match well: it can be taken at once. */
export function isStrong(candidate: ScoredCandidate): boolean {
  return candidate.quote >= MIN_QUOTE_SIMILARITY && candidate.context >= STRONG_CONTEXT;
}

/**
 * True when a candidate is good enough to place a highlight on, after
 * nothing strong was found: its quote matches to `MIN_QUOTE_SIMILARITY`, and
 * either its overall score reaches `MIN_SCORE` or the quote is long and close
 * enough (`SELF_EVIDENT`) to be recognised without its context.
 */
export function isAcceptable(candidate: ScoredCandidate, quoteLength: number): boolean {
  if (candidate.quote < MIN_QUOTE_SIMILARITY) return false;
  if (candidate.score >= MIN_SCORE) return true;
  return quoteLength >= SELF_EVIDENT.length && candidate.quote >= SELF_EVIDENT.quote;
}

/**
 * True when a candidate stands between a prefix and a suffix that both match
 * closely (`BRACKETING_CONTEXT` each) and its text keeps at least half of the quote: the
 * text there is what the passage has become, even where it lost more than
 * the quarter `MIN_QUOTE_SIMILARITY` allows (two edits in a short quote). A
 * place shifted off the true one loses context on both sides.
 */
export function isBracketed(candidate: ScoredCandidate): boolean {
  return candidate.quote >= 0.5 && candidate.prefix >= BRACKETING_CONTEXT && candidate.suffix >= BRACKETING_CONTEXT;
}
