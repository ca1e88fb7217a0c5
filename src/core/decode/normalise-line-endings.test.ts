import { describe, expect, it } from 'vitest';
import { normaliseLineEndings } from './normalise-line-endings';

describe('normaliseLineEndings', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\r\nb', 'a\n\nb'],
    ['a\n\rb', 'a\n\nb'],
    ['a\nb\n', 'a\nb\n'],
    ['\r\n\r\n', '\n\n'],
    ['no ending', 'no ending'],
    ['keeps\u2028separators', 'keeps\u2028separators'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseLineEndings(input)).toBe(expected);
  });
});
