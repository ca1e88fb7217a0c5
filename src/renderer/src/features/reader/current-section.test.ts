import { describe, expect, it } from 'vitest';
import { currentSection } from './current-section';

describe('currentSection', () => {
  const tops = [100, 600, 1400, 2000];
  it.each([
    { name: 'above the first heading: none', line: 50, bottom: 800, atEnd: false, expected: -1 },
    { name: 'a heading exactly at the line has begun', line: 100, bottom: 800, atEnd: false, expected: 0 },
    { name: 'between two headings: the earlier', line: 900, bottom: 1700, atEnd: false, expected: 1 },
    { name: 'past the last heading: the last', line: 2500, bottom: 3200, atEnd: false, expected: 3 },
    { name: 'at the end, the last heading in view though below the line', line: 1500, bottom: 2200, atEnd: true, expected: 3 },
    { name: 'at the end, a heading below the view does not count', line: 1500, bottom: 1900, atEnd: true, expected: 2 },
  ])('$name', ({ line, bottom, atEnd, expected }) => {
    expect(currentSection(tops, { line, bottom, atEnd })).toBe(expected);
  });

  it('gives -1 for a report without headings', () => {
    expect(currentSection([], { line: 0, bottom: 100, atEnd: true })).toBe(-1);
  });
});
