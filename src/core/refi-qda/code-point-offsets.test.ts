import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointOffsets } from './code-point-offsets';

describe('CodePointOffsets', () => {
  it('leaves offsets alone in text wholly in the BMP', () => {
    const offsets = new CodePointOffsets('推进乡村振兴，全面');
    for (let i = 0; i <= 9; i++) {
      expect(offsets.toCodePoints(i)).toBe(i);
      expect(offsets.toUnits(i)).toBe(i);
    }
  });

  it('counts 𠀀 (U+20000, two code units) as one position', () => {
    const text = '甲𠀀乙𠀀𠀀丙';
    const offsets = new CodePointOffsets(text);
    expect(offsets.codePointLength).toBe(6);
    expect([0, 1, 3, 4, 6, 8, 9].map((units) => offsets.toCodePoints(units))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([0, 1, 2, 3, 4, 5, 6].map((points) => offsets.toUnits(points))).toEqual([0, 1, 3, 4, 6, 8, 9]);
    expect(text.slice(offsets.toUnits(1), offsets.toUnits(3))).toBe('𠀀乙');
  });

  it('treats lone surrogates as characters of their own', () => {
    const offsets = new CodePointOffsets('a\uD800b\uDC00c');
    expect(offsets.codePointLength).toBe(5);
    expect(offsets.toCodePoints(2)).toBe(2);
  });

  it.each([
    ['inside a surrogate pair', 2],
    ['negative', -1],
    ['past the end', 5],
    ['not an integer', 1.5],
  ])('refuses a UTF-16 offset %s', (_, units) => {
    expect(() => new CodePointOffsets('甲𠀀乙').toCodePoints(units)).toThrow(RangeError);
  });

  it('refuses a position past the end', () => {
    expect(() => new CodePointOffsets('甲𠀀乙').toUnits(4)).toThrow(RangeError);
  });

  it('converts there and back for any text and any boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), (text, pick) => {
        const offsets = new CodePointOffsets(text);
        const points = Array.from(text);
        const position = pick % (points.length + 1);
        const units = offsets.toUnits(position);
        expect(units).toBe(points.slice(0, position).join('').length);
        expect(offsets.toCodePoints(units)).toBe(position);
      }),
    );
  });
});
