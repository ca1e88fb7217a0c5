import { CONTEXT_LENGTH } from './selectors';

/**
 * How well a quote's stored context matches the text beside a candidate
 * passage. The context is aligned from the passage's edge outwards (the end
 * of a prefix, the start of a suffix), so an insertion a few characters away
 * costs one edit instead of shifting everything after it.
 */

/** Which side of the candidate the context stands on. */
export type ContextSide = 'before' | 'after';

/** The character of `text` at distance `j` from `edge` going outwards on `side`. */
const outward = (text: string, edge: number, side: ContextSide, j: number): number =>
  side === 'before' ? text.charCodeAt(edge - 1 - j) : text.charCodeAt(edge + j);

/** How many code units of text there are beyond `edge` on `side`. */
const room = (text: string, edge: number, side: ContextSide): number => (side === 'before' ? edge : text.length - edge);

/**
 * A similarity from 0 to 1 between `stored` (a quote's prefix when `side` is
 * 'before', its suffix when 'after') and the text on that side of `edge`:
 * 1 − d / stored.length, where d is the edit distance between `stored` and the
 * best-fitting run of text that starts at `edge` and goes outwards (the far end
 * is free, so insertions and deletions inside the context are single edits).
 * Only the `CONTEXT_LENGTH` code units of `stored` nearest the edge count; an
 * empty stored context says nothing, and scores 1.
 *
 * The distance is computed with Myers' bit-parallel algorithm in its global
 * form (Hyyrö), one machine word for the whole context: O(length) steps.
 */
export function contextSimilarity(text: string, stored: string, edge: number, side: ContextSide): number {
  const context = side === 'before' ? stored.slice(-CONTEXT_LENGTH) : stored.slice(0, CONTEXT_LENGTH);
  const m = context.length;
  if (m === 0) return 1;
  const exactAt = side === 'before' ? edge - m : edge;
  if (exactAt >= 0 && text.startsWith(context, exactAt)) return 1;

  // Bit i of peq[c] is set when the i-th code unit of the context, counted outwards from the edge, is c.
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = side === 'before' ? context.charCodeAt(m - 1 - i) : context.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  const n = Math.min(room(text, edge, side), m + Math.ceil(m / 2));
  let pv = -1; // vertical deltas of column 0 are all +1: D[i][0] = i
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j++) {
    const eq = peq.get(outward(text, edge, side, j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score += 1;
    else if (mh & last) score -= 1;
    if (score < best) best = score;
    ph = (ph << 1) | 1; // row 0 is anchored at the edge: D[0][j] = j
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return 1 - best / m;
}

/**
 * How many code units of `stored` match the text on `side` of `edge`,
 * counted from the edge outwards until the first difference: a cheap
 * O(length) first look, used to shortlist candidates before
 * `contextSimilarity` scores them properly.
 */
export function contextRun(text: string, stored: string, edge: number, side: ContextSide): number {
  const m = Math.min(stored.length, room(text, edge, side));
  let run = 0;
  while (run < m) {
    const code = side === 'before' ? stored.charCodeAt(stored.length - 1 - run) : stored.charCodeAt(run);
    if (outward(text, edge, side, run) !== code) break;
    run += 1;
  }
  return run;
}
