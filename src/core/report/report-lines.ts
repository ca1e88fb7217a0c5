/**
 * The first step from text to report: the lines that become blocks.
 */
import { normaliseLineEndings } from '../decode/normalise-line-endings';

/**
 * Splits a report's text into its non-blank lines, in order. Line endings are
 * normalised first; each line is trimmed of the whitespace at its ends
 * (spaces, tabs, the full-width space U+3000 and the no-break space U+00A0
 * used for indentation, a stray U+FEFF); blank lines are dropped. Whitespace
 * inside a line is kept as the file has it: nothing else is rewritten.
 */
export function reportLines(text: string): string[] {
  return normaliseLineEndings(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
