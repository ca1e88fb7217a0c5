/**
 * Coding stripes: in the margin beside the text, one thin vertical lane per
 * theme used in the report, solid wherever a line holds a passage with that
 * theme, as QDA tools draw them. The lanes are laid out from the line boxes
 * of the highlights' ranges once the text is laid out.
 */

/** A vertical stretch of one lane, in pixels from the top of the text. */
export interface StripeSegment {
  lane: number;
  top: number;
  bottom: number;
}

/**
 * Merges the line boxes of each lane into as few segments as there are
 * separate stretches: boxes that overlap or touch (within `gap` pixels, the
 * leading between lines) become one segment. Segments come out by lane, then
 * from the top down.
 */
export function mergeStripes(boxes: readonly StripeSegment[], gap = 2): StripeSegment[] {
  const sorted = [...boxes].sort((a, b) => a.lane - b.lane || a.top - b.top);
  const merged: StripeSegment[] = [];
  for (const box of sorted) {
    const last = merged.at(-1);
    if (last && last.lane === box.lane && box.top <= last.bottom + gap) last.bottom = Math.max(last.bottom, box.bottom);
    else merged.push({ ...box });
  }
  return merged;
}
