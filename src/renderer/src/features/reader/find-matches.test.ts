import { describe, expect, it } from 'vitest';
import { findMatches, foldQuery, searchableText, type TextMatch } from './find-matches';

/** The original text under each match, to read the expectations as text. */
function found(text: string, query: string): string[] {
  return findMatches(text, query).map(({ start, end }) => text.slice(start, end));
}

describe('findMatches', () => {
  const cases: { name: string; text: string; query: string; expected: TextMatch[] }[] = [
    { name: 'a two-character Chinese term, every occurrence', text: '抓好安全生产，守住安全底线。', query: '安全', expected: [{ start: 2, end: 4 }, { start: 9, end: 11 }] },
    { name: 'a one-character query', text: '镇、村、组', query: '村', expected: [{ start: 2, end: 3 }] },
    { name: 'overlapping occurrences: left to right, not overlapping', text: '哈哈哈哈哈', query: '哈哈', expected: [{ start: 0, end: 2 }, { start: 2, end: 4 }] },
    { name: 'full-width digits in the text, half-width in the query', text: '２０２３年完成', query: '2023', expected: [{ start: 0, end: 4 }] },
    { name: 'half-width digits in the text, full-width in the query', text: '2023年完成', query: '２０２３年', expected: [{ start: 0, end: 5 }] },
    { name: 'Latin letters in either case, and full-width Latin', text: 'GDP 增长，gdp 核算，ＧＤＰ 总量', query: 'Gdp', expected: [{ start: 0, end: 3 }, { start: 7, end: 10 }, { start: 14, end: 17 }] },
    { name: 'whitespace around the query is trimmed', text: '推进乡村振兴', query: '  乡村\u3000', expected: [{ start: 2, end: 4 }] },
    { name: 'an empty query finds nothing', text: '各位代表', query: '', expected: [] },
    { name: 'a query of spaces finds nothing', text: '各位 代表', query: '   ', expected: [] },
    { name: 'nothing found', text: '各位代表', query: '安全', expected: [] },
    { name: 'surrogate pairs count as two code units before and inside a match', text: '𠀀𠀁安全𠀁', query: '安全𠀁', expected: [{ start: 4, end: 8 }] },
    { name: 'a surrogate pair character alone', text: '甲𠮷乙𠮷', query: '𠮷', expected: [{ start: 1, end: 3 }, { start: 4, end: 6 }] },
    { name: 'decomposed accents match composed ones', text: 'Cafe\u0301 and café', query: 'café', expected: [{ start: 0, end: 5 }, { start: 10, end: 14 }] },
    { name: 'a match never ends inside a character that folds to several', text: '面积100㎡', query: '100m', expected: [] },
    { name: 'a character that folds to several is found whole', text: '面积100㎡', query: '100m2', expected: [{ start: 2, end: 6 }] },
  ];
  it.each(cases)('$name', ({ text, query, expected }) => {
    expect(findMatches(text, query)).toEqual(expected);
  });

  it('gives offsets of the original text, whatever the folding did before the match', () => {
    const text = 'ＡＢＣ（一）ｘ安全';
    expect(found(text, '安全')).toEqual(['安全']);
    expect(found(text, '(一)')).toEqual(['（一）']);
  });

  it('searches a prepared text the same as a string, and stops at the limit', () => {
    const text = '安全'.repeat(10);
    const prepared = searchableText(text);
    expect(findMatches(prepared, '安全')).toEqual(findMatches(text, '安全'));
    expect(findMatches(prepared, '安全', 3)).toHaveLength(3);
  });

  it('finds a term across a line break only when the query holds one', () => {
    expect(findMatches('安\n全', '安全')).toEqual([]);
  });
});

describe('foldQuery', () => {
  it('folds width and case and trims', () => {
    expect(foldQuery(' ＡＢｃ１２ ')).toBe('abc12');
  });
});
