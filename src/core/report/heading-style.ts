/**
 * The numbering styles of Chinese report outlines, and where a line's number
 * ends. A style says nothing yet about depth: levels come from the order in
 * which styles nest in one report (see `outline-levels.ts`).
 */

/** How a heading is numbered; 'plain' is a standalone heading with no number. */
export type HeadingStyle = 'part' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'plain';

/** A Chinese numeral from 一 to 九十九. */
const CN = '(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

const STYLES: readonly { style: HeadingStyle; pattern: RegExp }[] = [
  { style: 'part', pattern: new RegExp(`^第(?:${CN}|[0-9]{1,2})(?:部分|章|篇)\\s*[、：:]?\\s*`, 'u') },
  { style: 'cn', pattern: new RegExp(`^${CN}\\s*[、．.]\\s*`, 'u') },
  { style: 'cn-paren', pattern: new RegExp(`^[（(]\\s*${CN}\\s*[)）]\\s*[、．.]?\\s*`, 'u') },
  // `1.` or `1、` but not a decimal such as `1.5亿元`.
  { style: 'arabic', pattern: /^[0-9]{1,2}\s*(?:[、．]|\.(?![0-9]))\s*/u },
  { style: 'arabic-paren', pattern: /^[（(]\s*[0-9]{1,2}\s*[)）]\s*/u },
  { style: 'circled', pattern: /^[①-⑳]\s*/u },
];

/** A line's numbering: its style and the offset where the words begin. */
export interface Numbering {
  style: Exclude<HeadingStyle, 'plain'>;
  /** Length of the number with its marks and following spaces. */
  end: number;
}

/**
 * The numbering a line opens with, or null. The number must be followed by
 * words: `一、` alone is not a numbered line; but a part (`第一部分`, `第三章`)
 * names itself, so it may stand alone.
 */
export function numberingOf(line: string): Numbering | null {
  for (const { style, pattern } of STYLES) {
    const match = pattern.exec(line);
    if (match && (match[0].length < line.length || style === 'part')) return { style: style as Numbering['style'], end: match[0].length };
  }
  return null;
}
