import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionLength } from './coded-passage';

describe('unionLength', () => {
  it.each([
    ['nothing', [], 0],
    ['one range', [{ start: 2, end: 7 }], 5],
    ['overlapping ranges once', [{ start: 0, end: 10 }, { start: 5, end: 15 }], 15],
    ['a range inside another', [{ start: 0, end: 10 }, { start: 2, end: 4 }], 10],
    ['touching ranges', [{ start: 0, end: 3 }, { start: 3, end: 6 }], 6],
    ['apart, in any order', [{ start: 20, end: 25 }, { start: 0, end: 2 }], 7],
    ['empty and reversed ranges as nothing', [{ start: 4, end: 4 }, { start: 9, end: 3 }], 0],
  ])('counts %s', (_, ranges, expected) => {
    expect(unionLength(ranges)).toBe(expected);
  });

  it('equals the number of positions covered', () => {
    const range = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: a, end: b }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), (ranges) => {
        const covered = new Set<number>();
        for (const { start, end } of ranges) for (let at = start; at < end; at++) covered.add(at);
        expect(unionLength(ranges)).toBe(covered.size);
      }),
    );
  });
});
