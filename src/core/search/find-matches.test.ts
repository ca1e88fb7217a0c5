import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from './find-matches';
import { foldTerm, foldText } from './folded-text';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);

describe('findMatches', () => {
  const cases: { name: string; text: string; term: string; found: string[] }[] = [
    { name: 'a Chinese term', text: '优化营商环境，持续优化营商环境。', term: '营商环境', found: ['营商环境', '营商环境'] },
    { name: 'half-width digits in full-width text', text: '增长５．２％', term: '5.2%', found: ['５．２％'] },
    { name: 'full-width digits in half-width text', text: '2024年', term: '２０２４', found: ['2024'] },
    { name: 'Latin in either case', text: 'GDP与gdp', term: 'Gdp', found: ['GDP', 'gdp'] },
    { name: 'pairs present apart (a false candidate)', text: '营商和商环以及环境', term: '营商环境', found: [] },
    { name: 'no match inside one character', text: '每㎡', term: 'm', found: [] },
    { name: 'a whole compatibility character', text: '每㎡', term: 'm2', found: ['㎡'] },
    { name: 'non-overlapping', text: '哈哈哈', term: '哈哈', found: ['哈哈'] },
    { name: 'an empty term', text: '报告', term: '  ', found: [] },
  ];
  for (const { name, text, term, found } of cases) {
    it(`finds ${name}`, () => {
      expect(findMatches(text, term).map(({ start, end }) => text.slice(start, end))).toEqual(found);
    });
  }

  it('reports offsets in the original text after characters that fold longer', () => {
    const text = '……（一）推进乡村振兴……乡村振兴';
    expect(findMatches(text, '乡村振兴')).toEqual([
      { start: 7, end: 11 },
      { start: 13, end: 17 },
    ]);
  });

  it('reports offsets around characters outside the BMP', () => {
    const text = '𬌗山镇，𬌗山镇';
    expect(findMatches(text, '𬌗山')).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
    expect(findMatches(text, '山镇')).toEqual([
      { start: 2, end: 4 },
      { start: 7, end: 9 },
    ]);
  });

  it('stops at the limit and searches a folded text again without folding it', () => {
    const folded = foldText('发展，发展，发展');
    expect(findMatches(folded, '发展', 2)).toHaveLength(2);
    expect(findMatches(folded, '发展')).toHaveLength(3);
  });

  it('gives ranges on whole characters whose text folds to the term', () => {
    const character = fc.constantFrom('推', '进', '乡', '村', '2', '２', 'A', 'ａ', '.', '，', '…', '𬌗', '㎡', 'e', '\u0301');
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: 120 }), fc.array(character, { minLength: 1, maxLength: 3 }), (text, term) => {
        const whole = text.join('');
        const needle = term.join('');
        let last = 0;
        for (const { start, end } of findMatches(whole, needle)) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(foldTerm(whole.slice(start, end))).toBe(foldTerm(needle));
          last = end;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
