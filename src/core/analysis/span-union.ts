/**
 * How many positions a set of spans covers, overlaps counted once: the coded
 * characters of the theme × report matrix. The spans are kept in two
 * parallel arrays (starts, ends), the form in which the matrix gathers the
 * spans of 50,000 highlights without making an object for each.
 */

/** Slices up to this many spans are sorted in place by insertion (most cells hold one or two); longer ones through an index. */
const INSERTION_SORT_MAX = 16;

/** Sorts the spans `from` to `to` (excluded) of both arrays together, by start. */
function sortByStart(starts: Float64Array, ends: Float64Array, from: number, to: number): void {
  if (to - from <= INSERTION_SORT_MAX) {
    for (let at = from + 1; at < to; at++) {
      const start = starts[at]!;
      const end = ends[at]!;
      let before = at - 1;
      for (; before >= from && starts[before]! > start; before--) {
        starts[before + 1] = starts[before]!;
        ends[before + 1] = ends[before]!;
      }
      starts[before + 1] = start;
      ends[before + 1] = end;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, at) => from + at).sort((a, b) => starts[a]! - starts[b]!);
  const sortedStarts = order.map((at) => starts[at]!);
  const sortedEnds = order.map((at) => ends[at]!);
  starts.set(sortedStarts, from);
  ends.set(sortedEnds, from);
}

/**
 * The number of positions covered by the spans `[starts[i], ends[i])`, for
 * `i` from `from` to `to` (excluded): the length of their union. Empty and
 * reversed spans cover nothing. Sorts that slice of both arrays by start.
 */
export function spanUnionLength(starts: Float64Array, ends: Float64Array, from = 0, to = starts.length): number {
  sortByStart(starts, ends, from, to);
  let total = 0;
  let reach = -Infinity;
  for (let at = from; at < to; at++) {
    const start = starts[at]!;
    const end = ends[at]!;
    if (end <= start || end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}
