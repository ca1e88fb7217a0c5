/**
 * Converting offsets between the app's unit and REFI-QDA's. The app counts
 * UTF-16 code units (JavaScript string indices); REFI-QDA's
 * `startPosition`/`endPosition` count characters, that is Unicode code points
 * (what QualCoder's Python strings index), so a character outside the Basic
 * Multilingual Plane (𠀀, U+20000) is two units here and one position there.
 * For text wholly in the BMP, as nearly every report is, the two agree.
 */

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The offset converter of one text. It finds the text's surrogate pairs once
 * (O(text)); each conversion is then a binary search over them, so a report
 * with thousands of selections is converted in O(text + selections · log).
 */
export class CodePointOffsets {
  /** UTF-16 offset of the high surrogate of each pair, in order. */
  private readonly pairUnits: number[] = [];
  /** Code point offset of each pair's character, in order. */
  private readonly pairPoints: number[] = [];
  /** The text's length in code points. */
  readonly codePointLength: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
        this.pairPoints.push(i - this.pairUnits.length);
        this.pairUnits.push(i);
        i++;
      }
    }
    this.codePointLength = text.length - this.pairUnits.length;
  }

  /** How many of `sorted` are below `value`. */
  private static countBelow(sorted: readonly number[], value: number): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * The code point offset of the UTF-16 offset `units`. Throws a RangeError
   * when `units` is not an integer in `[0, text.length]` or falls between
   * the two halves of a surrogate pair (no code point starts there).
   */
  toCodePoints(units: number): number {
    if (!Number.isInteger(units) || units < 0 || units > this.text.length) {
      throw new RangeError(`toCodePoints: offset ${units} is outside the text (length ${this.text.length})`);
    }
    const pairsBefore = CodePointOffsets.countBelow(this.pairUnits, units);
    if (pairsBefore > 0 && this.pairUnits[pairsBefore - 1] === units - 1) {
      throw new RangeError(`toCodePoints: offset ${units} falls inside a surrogate pair`);
    }
    return units - pairsBefore;
  }

  /**
   * The UTF-16 offset of the code point offset `points`. Throws a RangeError
   * when `points` is not an integer in `[0, codePointLength]`.
   */
  toUnits(points: number): number {
    if (!Number.isInteger(points) || points < 0 || points > this.codePointLength) {
      throw new RangeError(`toUnits: position ${points} is outside the text (length ${this.codePointLength} code points)`);
    }
    return points + CodePointOffsets.countBelow(this.pairPoints, points);
  }
}
