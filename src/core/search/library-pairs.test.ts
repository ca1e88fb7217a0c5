import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTerm } from '../text/folded-text';
import { libraryPairs, textsWithPairs } from './library-pairs';
import { indexText } from './text-index';

/** The texts holding every pair of `needle`, found by reading each text. */
function naive(texts: readonly string[], needle: string): number[] {
  const pairs = Array.from({ length: Math.max(needle.length - 1, 0) }, (_, at) => needle.slice(at, at + 2));
  return texts.flatMap((text, n) => (pairs.every((pair) => text.includes(pair)) ? [n] : []));
}

describe('libraryPairs', () => {
  it('names the texts holding every pair of a term, ascending, whether or not they hold the term whole', () => {
    const texts = ['持续优化营商环境', '引进营商主体，开展商环联动，改善人居环境', '推进乡村振兴', '营商环境评价第一'];
    const library = libraryPairs(texts.map(indexText));
    expect(Array.from(textsWithPairs(library, '营商环境'))).toEqual([0, 1, 3]);
    expect(Array.from(textsWithPairs(library, '乡村'))).toEqual([2]);
    expect(Array.from(textsWithPairs(library, '低空'))).toEqual([]);
  });

  it('is empty for an empty library, and for texts too short to hold a pair', () => {
    expect(Array.from(textsWithPairs(libraryPairs([]), '乡村'))).toEqual([]);
    expect(Array.from(textsWithPairs(libraryPairs(['乡', ''].map(indexText)), '乡村'))).toEqual([]);
  });

  it('grows its table past its first guess and loses no pair', () => {
    // Many texts each with pairs no other holds: the distinct pairs outnumber the first table's room.
    const texts = Array.from({ length: 300 }, (_, n) => `${String.fromCharCode(0x4e00 + n * 7)}${String.fromCharCode(0x4e00 + n * 7 + 1)}共同`);
    const library = libraryPairs(texts.map(indexText));
    texts.forEach((text, n) => expect(Array.from(textsWithPairs(library, text.slice(0, 2)))).toEqual([n]));
    expect(textsWithPairs(library, '共同')).toHaveLength(300);
  });

  it('agrees with reading every text, for any texts and term', () => {
    const character = fc.constantFrom('乡', '村', '振', '兴', '2', '.', '，', 'a');
    const text = fc.array(character, { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(character, { minLength: 2, maxLength: 4 }), (texts, term) => {
        const needle = foldTerm(term.join(''));
        const library = libraryPairs(texts.map((each) => indexText(each)));
        expect(Array.from(textsWithPairs(library, needle))).toEqual(naive(texts, needle));
      }),
      { numRuns: 500 },
    );
  });
});
