import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../text/find-matches';
import { foldText } from '../text/folded-text';
import { findIndexed, indexedText, indexText } from './text-index';

const indexed = (text: string) => indexedText(foldText(text));

/** What the index finds, as findMatches would give it: the first `listed` matches and the count. */
function expected(text: string, term: string, listed: number) {
  const all = findMatches(text, term);
  return { matches: all.slice(0, listed), count: all.length };
}

describe('indexText', () => {
  it('lists every pair of adjacent code units once, ascending, with its offsets in order', () => {
    const index = indexText('乡村振兴乡村');
    const pairs = Array.from(index.pairs, (pair) => String.fromCharCode(pair >>> 16, pair & 0xffff));
    expect(pairs).toEqual(['乡村', '村振', '振兴', '兴乡'].sort((a, b) => (a.charCodeAt(0) - b.charCodeAt(0)) * 0x10000 + a.charCodeAt(1) - b.charCodeAt(1)));
    const at = pairs.indexOf('乡村');
    expect(Array.from(index.positions.subarray(index.starts[at], index.starts[at + 1]))).toEqual([0, 4]);
    expect(index.positions.length).toBe(5);
  });

  it('is empty for a text shorter than a pair', () => {
    for (const text of ['', '乡']) {
      const index = indexText(text);
      expect(index.pairs.length).toBe(0);
      expect(index.positions.length).toBe(0);
    }
  });

  it('keeps offsets past 65,535 in 32 bits', () => {
    const text = `${'乡'.repeat(70_000)}村振`;
    const index = indexText(text);
    expect(index.positions).toBeInstanceOf(Uint32Array);
    expect(findIndexed(indexed(text), '村振', 5)).toEqual({ matches: [{ start: 70_000, end: 70_002 }], count: 1 });
  });

  it('indexes the pair of two NULs and the highest pair like any other', () => {
    const text = 'a\0\0b\uffff\uffff';
    expect(findIndexed(indexed(text), '\0\0', 5).count).toBe(1);
    expect(findIndexed(indexed(text), '\uffff\uffff', 5).count).toBe(1);
  });

  it('gives each text its own pairs when built one after another (the scratch table is reused)', () => {
    const first = indexed('营商环境持续优化');
    const second = indexed('推进乡村振兴');
    expect(findIndexed(first, '营商', 5).count).toBe(1);
    expect(findIndexed(second, '营商', 5).count).toBe(0);
    expect(findIndexed(second, '乡村', 5).count).toBe(1);
  });
});

describe('findIndexed', () => {
  it('finds a two-character term from its pair, a longer one from its rarest pair confirmed in place', () => {
    const text = indexed('优化营商环境，营商主体增加，人居环境改善，营商环境评价第一。');
    expect(findIndexed(text, '营商', 10).count).toBe(3);
    expect(findIndexed(text, '营商环境', 10)).toEqual({ matches: [{ start: 2, end: 6 }, { start: 21, end: 25 }], count: 2 });
    expect(findIndexed(text, '商环联动', 10).count).toBe(0);
  });

  it('lists only the first matches asked for, and counts them all', () => {
    const text = indexed('增长，'.repeat(500));
    const found = findIndexed(text, '增长', 3);
    expect(found.count).toBe(500);
    expect(found.matches).toEqual([{ start: 0, end: 2 }, { start: 3, end: 5 }, { start: 6, end: 8 }]);
  });

  it('folds the term and the text the same way (full-width digits, case)', () => {
    const text = indexed('全镇地区生产总值增长５．２％，ＧＤＰ突破２０２３年。');
    expect(findIndexed(text, '5.2%', 5).count).toBe(1);
    expect(findIndexed(text, 'gdp', 5)).toEqual({ matches: [{ start: 15, end: 18 }], count: 1 });
  });

  it('does not count overlapping occurrences, as a browser find does not', () => {
    expect(findIndexed(indexed('哈哈哈哈哈'), '哈哈', 10)).toEqual(expected('哈哈哈哈哈', '哈哈', 10));
    expect(findIndexed(indexed('哈哈哈哈哈'), '哈哈', 10).count).toBe(2);
  });

  it('finds a one-character term by reading the text', () => {
    expect(findIndexed(indexed('税收、税费、减税'), '税', 10).count).toBe(3);
  });

  it('finds nothing for a blank term', () => {
    expect(findIndexed(indexed('乡村振兴'), '  ', 10)).toEqual({ matches: [], count: 0 });
  });

  it('finds exactly what findMatches finds, for any text and term', () => {
    const character = fc.constantFrom('推', '进', '乡', '村', '2', '２', 'A', 'ａ', '.', '，', '…', '𬌗', '㎡', 'e', '\u0301', '\n');
    fc.assert(
      fc.property(fc.array(character, { minLength: 0, maxLength: 160 }), fc.array(character, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 6 }), (text, term, listed) => {
        const source = text.join('');
        const needle = term.join('');
        expect(findIndexed(indexed(source), needle, listed)).toEqual(expected(source, needle, listed));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with findMatches on repetitive text, where terms overlap themselves', () => {
    const character = fc.constantFrom('哈', '啊', 'a', 'A');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 80 }), fc.array(character, { minLength: 2, maxLength: 4 }), (text, term) => {
        const source = text.join('');
        const needle = term.join('');
        expect(findIndexed(indexed(source), needle, 1000)).toEqual(expected(source, needle, 1000));
      }),
      { numRuns: 1000 },
    );
  });
});
