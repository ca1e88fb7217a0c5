/**
 * Where the analyst is in a report: the first block that reaches the top of
 * the reading area and how far into it (a fraction of its height) the top
 * edge falls. Unlike a raw scroll offset, it survives a change of font size
 * or line spacing and a different window width. Kept per report in the
 * library's settings table under `readingPositionKey(reportId)`.
 */

/** A block index and the fraction (0 to 1) of that block above the top of the reading area. */
export interface ReadingPosition {
  block: number;
  within: number;
}

/** A block's vertical extent, in any coordinates shared with the line it is compared with. */
export interface BlockBox {
  top: number;
  bottom: number;
}

/** The settings key of a report's reading position. */
export function readingPositionKey(reportId: string): string {
  return `reading-position:${reportId}`;
}

/** True for a stored value that is a usable reading position. */
export function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { block, within } = value as Partial<ReadingPosition>;
  return Number.isInteger(block) && (block as number) >= 0 && typeof within === 'number' && within >= 0 && within <= 1;
}

/**
 * The reading position when the top of the reading area is at `line`: the
 * first of `count` blocks (laid out top to bottom; `boxOf` measures one)
 * whose bottom is below the line. Past the last block, the last block's end.
 * Null for a report with no blocks. Measures O(log count) blocks.
 */
export function readingPositionAt(count: number, boxOf: (block: number) => BlockBox, line: number): ReadingPosition | null {
  if (count === 0) return null;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boxOf(middle).bottom > line) high = middle;
    else low = middle + 1;
  }
  const box = boxOf(low);
  const height = box.bottom - box.top;
  if (box.bottom <= line) return { block: low, within: 1 };
  if (box.top >= line || height <= 0) return { block: low, within: 0 };
  return { block: low, within: Math.min(1, (line - box.top) / height) };
}

/**
 * How far to scroll (positive: down) so that `position` is at `line` again,
 * given where its block now lies.
 */
export function scrollDelta(position: ReadingPosition, box: BlockBox, line: number): number {
  return box.top + position.within * (box.bottom - box.top) - line;
}

/** True when a position is the very top of the report: restored as a scroll to the top. */
export function isReportTop(position: ReadingPosition): boolean {
  return position.block === 0 && position.within === 0;
}
