/**
 * The highlights of the open-report benchmark, seeded: passages of 10–200
 * characters spread over the whole report, each tagged with one to three
 * themes of the codebook. Most lie side by side with gaps between them; a
 * share (`overlapping`) start inside another, as an analyst re-codes part of
 * a passage, so drawing must cope with overlaps. No passage starts or ends
 * on a line break.
 */
import type { PlacedHighlight } from '../../src/renderer/src/features/annotate/placed-highlight';
import { seededRandom } from '../report-corpus';

export interface BenchHighlightOptions {
  /** How many highlights, 1,000 by default. */
  count?: number;
  /** The share of them that start inside another, 0.15 by default. */
  overlapping?: number;
  seed?: number;
}

const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

/** A passage `[start, end)` of `text` moved off line breaks at its ends; null when nothing is left of it. */
function offBreaks(text: string, start: number, end: number): [number, number] | null {
  let from = start;
  let to = Math.min(end, text.length);
  while (from < to && text[from] === '\n') from += 1;
  while (to > from && text[to - 1] === '\n') to -= 1;
  return to - from >= 2 ? [from, to] : null;
}

/**
 * `count` highlights over `text` with themes drawn from `themeIds`, in
 * reading order (by start, the longer first), with ids `bench-0000`….
 */
export function benchHighlights(text: string, themeIds: readonly string[], options: BenchHighlightOptions = {}): PlacedHighlight[] {
  const { count = 1000, overlapping = 0.15, seed = 4 } = options;
  if (themeIds.length === 0) throw new RangeError('benchHighlights: the codebook has no themes to tag with');
  const random = seededRandom(seed);
  const length = () => MIN_LENGTH + Math.floor(random() * (MAX_LENGTH - MIN_LENGTH + 1));
  const themes = () => {
    const chosen = new Set<string>();
    const wanted = Math.min(themeIds.length, 1 + Math.floor(random() * 3));
    while (chosen.size < wanted) chosen.add(themeIds[Math.floor(random() * themeIds.length)]!);
    return [...chosen];
  };

  // The side-by-side passages: their lengths first, then the room left shared out as gaps.
  const apart = count - Math.round(count * overlapping);
  const lengths = Array.from({ length: apart }, length);
  const room = text.length - lengths.reduce((sum, n) => sum + n, 0);
  if (room < apart) throw new RangeError(`benchHighlights: ${apart} passages of these lengths do not fit in ${text.length} characters`);
  const weights = Array.from({ length: apart + 1 }, () => random());
  const total = weights.reduce((sum, w) => sum + w, 0);
  const passages: [number, number][] = [];
  let at = 0;
  lengths.forEach((n, index) => {
    at += Math.floor((room * weights[index]!) / total);
    passages.push([at, at + n]);
    at += n;
  });

  // The overlapping ones start inside a side-by-side passage and run on for their own length.
  for (let index = apart; index < count; index++) {
    const [start, end] = passages[Math.floor(random() * apart)]!;
    const from = start + Math.floor(random() * (end - start - 1));
    passages.push([from, from + length()]);
  }

  const highlights: PlacedHighlight[] = [];
  passages.forEach(([start, end]) => {
    const placed = offBreaks(text, start, end);
    const themeList = themes();
    if (placed) highlights.push({ id: `bench-${String(highlights.length).padStart(4, '0')}`, start: placed[0], end: placed[1], themeIds: themeList });
  });
  if (highlights.length !== count) throw new RangeError(`benchHighlights: made ${highlights.length} highlights, not ${count}`);
  return highlights.sort((a, b) => a.start - b.start || b.end - a.end);
}
