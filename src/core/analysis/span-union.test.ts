import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanUnionLength } from './span-union';

/** The union length of `ranges`, through the parallel arrays. */
function unionOf(ranges: readonly { start: number; end: number }[]): number {
  return spanUnionLength(Float64Array.from(ranges, (range) => range.start), Float64Array.from(ranges, (range) => range.end));
}

describe('spanUnionLength', () => {
  it.each([
    ['nothing', [], 0],
    ['one range', [{ start: 2, end: 7 }], 5],
    ['overlapping ranges once', [{ start: 0, end: 10 }, { start: 5, end: 15 }], 15],
    ['a range inside another', [{ start: 0, end: 10 }, { start: 2, end: 4 }], 10],
    ['touching ranges', [{ start: 0, end: 3 }, { start: 3, end: 6 }], 6],
    ['apart, in any order', [{ start: 20, end: 25 }, { start: 0, end: 2 }], 7],
    ['empty and reversed ranges as nothing', [{ start: 4, end: 4 }, { start: 9, end: 3 }], 0],
  ])('counts %s', (_, ranges, expected) => {
    expect(unionOf(ranges)).toBe(expected);
  });

  it('equals the number of positions covered, short lists and long', () => {
    const range = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: a, end: b }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (ranges) => {
        const covered = new Set<number>();
        for (const { start, end } of ranges) for (let at = start; at < end; at++) covered.add(at);
        expect(unionOf(ranges)).toBe(covered.size);
      }),
    );
  });

  it('reads only the slice asked for, and sorts it in place', () => {
    const starts = Float64Array.from([50, 9, 0, 5, 70]);
    const ends = Float64Array.from([60, 12, 4, 8, 80]);
    expect(spanUnionLength(starts, ends, 1, 4)).toBe(10);
    expect([...starts]).toEqual([50, 0, 5, 9, 70]);
    expect([...ends]).toEqual([60, 4, 8, 12, 80]);
  });
});
