/**
 * Which section of the report the analyst is reading: the last heading whose
 * top has passed a reading line near the top of the reading area. At the end
 * of the report, where the last headings may never reach that line, the last
 * heading in view counts instead.
 */

/** Where the reading area is, in the coordinates of the heading tops. */
export interface ReadingArea {
  /** The reading line: a heading at or above it has begun. */
  line: number;
  /** The bottom of the visible area. */
  bottom: number;
  /** True when scrolled to the end: nothing further can come up to the line. */
  atEnd: boolean;
}

/**
 * The index of the current heading among `tops` (heading tops in reading
 * order), or -1 when the reading line is still above the first heading.
 */
export function currentSection(tops: readonly number[], area: ReadingArea): number {
  let current = -1;
  for (let index = 0; index < tops.length; index += 1) {
    const top = tops[index] as number;
    if (top <= area.line || (area.atEnd && top < area.bottom)) current = index;
    else break;
  }
  return current;
}
