import { isCodePointBoundary, snapOutward } from './code-point-boundary';
import { contextBracket } from './context-bracket';
import { exactQuoteCandidates } from './exact-quote-candidates';
import { fitEdges } from './fit-edges';
import { fuzzyQuoteCandidates, LONG_QUOTE, maxErrorsFor, type Span } from './fuzzy-quote-candidates';
import { echoesItself } from './echoes-itself';
import { compareByContext, compareCandidates, isAcceptable, isBracketed, isStrong, scoreCandidate, type ScoredCandidate } from './quote-candidate';
import type { HighlightSelectors, TextQuoteSelector } from './selectors';

/**
 * How a highlight was placed: `position` where it was before (its quote and
 * context checked), `quote` where its exact quote now stands, `fuzzy` where
 * text close to its quote stands.
 */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a highlight now sits in a text: `[start, end)` in UTF-16 code units. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Knobs for `anchor`; the defaults suit a report of a few hundred thousand characters. */
export interface AnchorOptions {
  /** Whether to look for edited quotes at all (default true); false keeps to verbatim quotes. */
  fuzzy?: boolean;
  /** How many code units either side of the expected place the fuzzy search looks first (default `NEARBY`). */
  nearby?: number;
  /** Whether the fuzzy search goes on to the whole text when nothing strong is found nearby (default true). */
  wholeText?: boolean;
  /**
   * Where the passage is expected to start now, when the caller knows better
   * than the old position (`reanchorAll` shifts it as the neighbouring
   * highlights moved). Defaults to the old position.
   */
  expectedStart?: number;
}

/** Default for `AnchorOptions.nearby`. */
export const NEARBY = 4096;
/** How many times a fuzzy search near the expected place is repeated, blanking out the matches it rejected. */
const NEARBY_ROUNDS = 3;
/** The same for the whole text, where each round costs O(text). */
const WHOLE_TEXT_ROUNDS = 1;
/** A verbatim quote at least this long that occurs once is taken whatever its context (`anchor`, step 5). */
export const DISTINCT_QUOTE = 8;
/** The most errors the search for a passage rewritten in place allows (half the quote, at most this). */
const MAX_REWRITE_ERRORS = 32;

/**
 * Finds where a highlight's passage now stands in `text`, after the Hypothesis
 * client: position, then quote, then fuzzy match with the position as a hint.
 * Returns null when the passage cannot be placed: the highlight is then an
 * orphan, to be shown apart and never dropped.
 *
 * 1. Position: when the old range still holds the exact quote and the stored
 *    prefix and suffix stand either side of it, it is taken (O(quote)).
 * 2. Quote: every verbatim occurrence of the quote is ranked by how well the
 *    text around it matches the stored prefix and suffix, then by nearness to
 *    the expected place. The best is taken when its context matches strongly
 *    (`isStrong`). O(text) plus a bounded amount of scoring.
 * 3. Fuzzy: approximate matches (see `fuzzyQuoteCandidates`) are sought
 *    within `nearby` code units of the expected place (and of the old place,
 *    if that differs), then, if nothing strong turned up, in the whole text.
 *    Each search near the place is repeated with its rejected matches blanked
 *    out, so a near-miss cannot hide the true place. Exact and approximate
 *    candidates are ranked together: quote similarity weighs most, then
 *    prefix and suffix similarity, then closeness. The best strong one is
 *    taken at once. (An approximate match's edges are then settled where its
 *    prefix and suffix fit best: `fitEdges`.)
 * 4. Rewritten in place: near the expected place, text keeping at least half
 *    of the quote (up to 32 errors) is taken if both the stored prefix and
 *    suffix stand intact around it (`isBracketed`), so two edits in a
 *    four-character quote do not orphan it.
 * 5. Otherwise the best acceptable candidate is taken (`isAcceptable`: the
 *    quote keeps three code units in four, and the score or the quote's
 *    length vouches for it), or a verbatim quote of at least `DISTINCT_QUOTE`
 *    code units that occurs nowhere else and ranks first (a paragraph moved
 *    away from its old neighbours) — unless the stored prefix and suffix are
 *    found together elsewhere nearby (`contextBracket`): then only a
 *    candidate overlapping that place may be taken, so a copy of the quote a
 *    few characters off is not mistaken for the edited passage.
 *
 * A quote that echoes itself in its own prefix or suffix (`echoesItself`:
 * 推进乡村振兴，推进乡村振兴) has a neighbouring copy that matches the quote as
 * well as the passage does, with the passage's own context shifted by a few
 * characters. For such a quote steps 2–5 give way to one: the verbatim
 * occurrences and the approximate and rewritten matches near the expected
 * place are gathered, those that are strong or bracketed are kept, and the
 * one whose context matches best is taken (`compareByContext`); none, and
 * the highlight is an orphan.
 *
 * An empty quote is always an orphan. A stale or nonsensical position is only
 * a hint; it never throws. The range returned never splits a surrogate pair.
 */
export function anchor(text: string, selectors: HighlightSelectors, options: AnchorOptions = {}): Anchor | null {
  const { quote, position } = selectors;
  const { exact } = quote;
  if (exact.length === 0) return null;
  if (holdsQuote(text, selectors)) return { start: position.start, end: position.end, method: 'position' };

  const old = clampedOffset(position.start, text.length);
  const hint = clampedOffset(options.expectedStart, text.length) ?? old;
  const place = (candidate: ScoredCandidate): Anchor => {
    const fitted = fitEdges(text, quote, candidate);
    const { start, end } = snapOutward(text, fitted.start, fitted.end);
    const verbatim = candidate.errors === 0 && end - start === exact.length;
    const method: AnchorMethod = !verbatim ? 'fuzzy' : start === position.start && end === position.end ? 'position' : 'quote';
    return { start, end, method };
  };

  const exactOnes = exactQuoteCandidates(text, quote, hint);
  const pool: ScoredCandidate[] = [...exactOnes.candidates];
  const masked: Span[] = exactOnes.occurrences.map((start) => ({ start, end: start + exact.length }));
  const search = new FuzzyRounds(text, quote, hint, masked);
  const nearby = Math.max(0, options.nearby ?? NEARBY);
  const around = (at: number | null): Span => ({ start: (at ?? 0) - nearby, end: (at ?? 0) + exact.length + nearby });
  const local = around(hint);
  const fuzzy = options.fuzzy !== false;
  const rewritten = exact.length >= 2 && exact.length <= LONG_QUOTE ? Math.min(MAX_REWRITE_ERRORS, Math.max(2, Math.floor(exact.length / 2))) : 0;

  if (echoesItself(quote)) {
    // The neighbouring copy matches the quote as well as the passage does: let the context decide.
    if (fuzzy && maxErrorsFor(exact.length) > 0) search.run(local, never, NEARBY_ROUNDS);
    if (fuzzy && rewritten > 0) search.run(local, never, NEARBY_ROUNDS, rewritten);
    const fitting = [...pool, ...search.found].filter((candidate) => isStrong(candidate) || isBracketed(candidate));
    const best = fitting.sort(compareByContext)[0];
    return best === undefined ? null : place(best);
  }

  const bestExact = pool[0];
  if (bestExact !== undefined && isStrong(bestExact)) return place(bestExact);
  // A verbatim quote found nowhere else is taken whatever its context, if it is long enough to be
  // telling and nothing else scores better.
  const distinct = exactOnes.occurrences.length === 1 && exact.length >= DISTINCT_QUOTE;
  const acceptable = (candidate: ScoredCandidate, rank: number): boolean =>
    isAcceptable(candidate, exact.length) || (distinct && candidate.errors === 0 && rank === 0);
  if (!fuzzy) return bestOf(pool, acceptable, place);

  if (maxErrorsFor(exact.length) > 0) {
    const windows: Array<[Span, number]> = [[local, NEARBY_ROUNDS]];
    if (old !== null && hint !== null && Math.abs(old - hint) > nearby) windows.push([around(old), NEARBY_ROUNDS]);
    const coversAll = local.start <= 0 && local.end >= text.length;
    if (options.wholeText !== false && !coversAll) windows.push([{ start: 0, end: text.length }, WHOLE_TEXT_ROUNDS]);
    for (const [window, rounds] of windows) {
      const found = search.run(window, isStrong, rounds);
      if (found !== null) return place(found);
    }
    pool.push(...search.found);
  }

  if (rewritten > 0) {
    const found = search.run(local, isBracketed, NEARBY_ROUNDS, rewritten);
    if (found !== null) return place(found);
  }

  // Where the stored prefix and suffix still stand together, a weak match elsewhere is a look-alike.
  const bracket = contextBracket(text, quote, local, hint);
  const confirmed = bracket === null ? pool : pool.filter((candidate) => candidate.start < bracket.end && candidate.end > bracket.start);
  return bestOf(confirmed, acceptable, place);
}

/** A `take` for `FuzzyRounds.run` that takes nothing: the rounds only gather candidates. */
const never = (): boolean => false;

/** The best candidate of `pool` that passes `accept` (given its rank, 0 for the best), placed, or null. */
function bestOf(
  pool: ScoredCandidate[],
  accept: (candidate: ScoredCandidate, rank: number) => boolean,
  place: (candidate: ScoredCandidate) => Anchor,
): Anchor | null {
  const best = [...pool].sort(compareCandidates).find(accept);
  return best === undefined ? null : place(best);
}

/**
 * Repeated fuzzy searches for one quote: each round blanks out what earlier
 * rounds found, so the next-best matches come forward. Everything found is
 * kept in `found`, scored.
 */
class FuzzyRounds {
  readonly found: ScoredCandidate[] = [];

  constructor(
    private readonly text: string,
    private readonly quote: TextQuoteSelector,
    private readonly hint: number | null,
    private readonly masked: Span[],
  ) {}

  /** Searches `window` for up to `rounds` rounds; the best candidate found that passes `take`, or null. */
  run(window: Span, take: (candidate: ScoredCandidate) => boolean, rounds: number, maxErrors?: number): ScoredCandidate | null {
    const search = { window, masked: this.masked, hint: this.hint, ...(maxErrors === undefined ? {} : { maxErrors }) };
    for (let round = 0; round < rounds; round++) {
      const found = fuzzyQuoteCandidates(this.text, this.quote.exact, search);
      if (found.length === 0) return null;
      const scored = found.map((candidate) => scoreCandidate(this.text, this.quote, candidate, this.hint)).sort(compareCandidates);
      this.found.push(...scored);
      this.masked.push(...found);
      const taken = scored.find(take);
      if (taken !== undefined) return taken;
    }
    return null;
  }
}

/** True when the old range still holds the quote, with its stored prefix and suffix either side. */
function holdsQuote(text: string, { position, quote }: HighlightSelectors): boolean {
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) return false;
  if (end - start !== quote.exact.length || !text.startsWith(quote.exact, start)) return false;
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) return false;
  const prefixAt = start - quote.prefix.length;
  return prefixAt >= 0 && text.startsWith(quote.prefix, prefixAt) && text.startsWith(quote.suffix, end);
}

/** An offset clamped into the text, or null when it is missing or not a number. */
function clampedOffset(offset: number | undefined, length: number): number | null {
  if (offset === undefined || !Number.isFinite(offset)) return null;
  return Math.min(Math.max(0, Math.round(offset)), length);
}
