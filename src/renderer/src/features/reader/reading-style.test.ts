import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_STYLE, FONT_SIZES, parseReadingStyle, readingStyleProperties, stepFontSize } from './reading-style';

describe('stepFontSize', () => {
  it.each([
    [17, 1, 18],
    [17, -1, 16],
    [18, 1, 20],
    [FONT_SIZES.at(-1)!, 1, FONT_SIZES.at(-1)!],
    [FONT_SIZES[0]!, -1, FONT_SIZES[0]!],
    [19, 1, 20],
    [19, -1, 18],
  ] as const)('%i stepped %i is %i', (size, direction, expected) => {
    expect(stepFontSize(size, direction)).toBe(expected);
  });
});

describe('parseReadingStyle', () => {
  it.each([
    ['nothing stored', null, DEFAULT_READING_STYLE],
    ['not JSON', '{', DEFAULT_READING_STYLE],
    ['not an object', '3', DEFAULT_READING_STYLE],
    ['a stored style', '{"fontSize":20,"lineSpacing":"loose"}', { fontSize: 20, lineSpacing: 'loose' }],
    ['a size off the scale', '{"fontSize":19,"lineSpacing":"loose"}', { fontSize: 17, lineSpacing: 'loose' }],
    ['an unknown spacing', '{"fontSize":20,"lineSpacing":"double"}', { fontSize: 20, lineSpacing: 'standard' }],
    ['an inherited name is not a spacing', '{"fontSize":20,"lineSpacing":"toString"}', { fontSize: 20, lineSpacing: 'standard' }],
  ])('%s', (_name, stored, expected) => {
    expect(parseReadingStyle(stored)).toEqual(expected);
  });
});

describe('readingStyleProperties', () => {
  it('gives the size, its scale against the designed 17 px, and the line height', () => {
    expect(readingStyleProperties({ fontSize: 17, lineSpacing: 'standard' })).toEqual({ '--report-font-size': '17px', '--report-font-scale': '1', '--report-line-height': '1.95' });
    expect(readingStyleProperties({ fontSize: 22, lineSpacing: 'compact' })['--report-font-scale']).toBe('1.294');
  });
});
