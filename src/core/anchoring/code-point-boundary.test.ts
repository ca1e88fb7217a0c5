import { describe, expect, it } from 'vitest';
import { isCodePointBoundary, snapOutward } from './code-point-boundary';

const TEXT = '甲𬌗乙'; // 甲, a surrogate pair at 1–2, 乙
const LONE = 'a\uD800b\uDC00c'; // a lone high and a lone low surrogate

describe('isCodePointBoundary', () => {
  it.each([
    [TEXT, 0, true],
    [TEXT, 1, true],
    [TEXT, 2, false],
    [TEXT, 3, true],
    [TEXT, 4, true],
    [TEXT, -1, true],
    [TEXT, 9, true],
    [LONE, 2, true],
    [LONE, 4, true],
  ] as const)('%j at %i → %s', (text, offset, expected) => {
    expect(isCodePointBoundary(text, offset)).toBe(expected);
  });
});

describe('snapOutward', () => {
  it.each([
    [1, 3, { start: 1, end: 3 }],
    [2, 4, { start: 1, end: 4 }],
    [0, 2, { start: 0, end: 3 }],
    [2, 2, { start: 1, end: 3 }],
  ] as const)('[%i, %i) → %j', (start, end, expected) => {
    expect(snapOutward(TEXT, start, end)).toEqual(expected);
  });
});
