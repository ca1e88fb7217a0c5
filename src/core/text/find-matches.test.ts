import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, type TextMatch } from './find-matches';
import { foldTerm, foldText } from './folded-text';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);

/** The original text under each match, to read the expectations as text. */
function found(text: string, term: string): string[] {
  return findMatches(text, term).map(({ start, end }) => text.slice(start, end));
}

describe('findMatches', () => {
  const cases: { name: string; text: string; term: string; expected: TextMatch[] }[] = [
    { name: 'a two-character Chinese term, every occurrence', text: '抓好安全生产，守住安全底线。', term: '安全', expected: [{ start: 2, end: 4 }, { start: 9, end: 11 }] },
    { name: 'a one-character term', text: '镇、村、组', term: '村', expected: [{ start: 2, end: 3 }] },
    { name: 'overlapping occurrences: left to right, not overlapping', text: '哈哈哈哈哈', term: '哈哈', expected: [{ start: 0, end: 2 }, { start: 2, end: 4 }] },
    { name: 'full-width digits in the text, half-width in the term', text: '２０２３年完成', term: '2023', expected: [{ start: 0, end: 4 }] },
    { name: 'half-width digits in the text, full-width in the term', text: '2023年完成', term: '２０２３年', expected: [{ start: 0, end: 5 }] },
    { name: 'full-width digits and punctuation', text: '增长５．２％', term: '5.2%', expected: [{ start: 2, end: 6 }] },
    { name: 'full-width and upper-case spellings of one term', text: '全市ＰＭ２.５浓度下降，pm2.5达标', term: 'PM2.5', expected: [{ start: 2, end: 7 }, { start: 12, end: 17 }] },
    { name: 'Latin letters in either case, and full-width Latin', text: 'GDP 增长，gdp 核算，ＧＤＰ 总量', term: 'Gdp', expected: [{ start: 0, end: 3 }, { start: 7, end: 10 }, { start: 14, end: 17 }] },
    { name: 'whitespace around the term is trimmed', text: '推进乡村振兴', term: '  乡村\u3000', expected: [{ start: 2, end: 4 }] },
    { name: 'an empty term finds nothing', text: '各位代表', term: '', expected: [] },
    { name: 'a term of spaces finds nothing', text: '各位 代表', term: '   ', expected: [] },
    { name: 'nothing found', text: '各位代表', term: '安全', expected: [] },
    { name: 'nothing where the pairs of a term are present apart', text: '营商和商环以及环境', term: '营商环境', expected: [] },
    { name: 'surrogate pairs count as two code units before and inside a match', text: '𠀀𠀁安全𠀁', term: '安全𠀁', expected: [{ start: 4, end: 8 }] },
    { name: 'a surrogate pair character alone', text: '甲𠮷乙𠮷', term: '𠮷', expected: [{ start: 1, end: 3 }, { start: 4, end: 6 }] },
    { name: 'decomposed accents match composed ones', text: 'Cafe\u0301 and café', term: 'café', expected: [{ start: 0, end: 5 }, { start: 10, end: 14 }] },
    { name: 'an upper-case composed term finds a decomposed text', text: 'Cafe\u0301 open', term: 'CAFÉ', expected: [{ start: 0, end: 5 }] },
    { name: 'a match never ends inside a character that folds to several', text: '面积100㎡', term: '100m', expected: [] },
    { name: 'a character that folds to several is found whole', text: '面积100㎡', term: '100m2', expected: [{ start: 2, end: 6 }] },
    { name: 'one character folding to several, matched by all of them', text: '㈠基本情况', term: '(一)', expected: [{ start: 0, end: 1 }] },
    { name: 'nothing inside the folding of one character', text: '㈠基本情况', term: '一', expected: [] },
  ];
  it.each(cases)('$name', ({ text, term, expected }) => {
    expect(findMatches(text, term)).toEqual(expected);
  });

  it('gives offsets of the original text, whatever the folding did before the match', () => {
    const text = 'ＡＢＣ（一）ｘ安全';
    expect(found(text, '安全')).toEqual(['安全']);
    expect(found(text, '(一)')).toEqual(['（一）']);
    expect(findMatches('……（一）推进乡村振兴……乡村振兴', '乡村振兴')).toEqual([
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

  it('searches a folded text the same as a string, and stops at the limit', () => {
    const text = '安全'.repeat(10);
    const folded = foldText(text);
    expect(findMatches(folded, '安全')).toEqual(findMatches(text, '安全'));
    expect(findMatches(folded, '安全', { limit: 3 })).toHaveLength(3);
    expect(findMatches(folded, '安全', { limit: 0 })).toEqual([]);
  });

  it('finds a term across a line break only when the term holds one', () => {
    expect(findMatches('安\n全', '安全')).toEqual([]);
  });

  it('finds overlapping occurrences when asked, and still nothing for a blank term', () => {
    expect(findMatches('安安安', '安安', { overlapping: true })).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(findMatches('安安安', '安安', { overlapping: true, limit: 1 })).toEqual([{ start: 0, end: 2 }]);
    expect(findMatches('安', '  ', { overlapping: true })).toEqual([]);
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

  it('finds, overlapping, any piece of a text where it stands, whatever the characters', () => {
    const char = fc.constantFrom('乡', '村', 'Ａ', 'a', 'B', 'ﬁ', '㈠', '𠮷', 'é', 'e\u0301', '。', ' ', '\n', 'İ', 'ß');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const cuts = [0];
        for (const piece of chars) cuts.push(cuts.at(-1)! + piece.length);
        const [i, j] = [cuts[a % cuts.length]!, cuts[b % cuts.length]!].sort((x, y) => x - y) as [number, number];
        const piece = text.slice(i, j);
        // The term is trimmed: the piece is then found without its blank ends (and a blank piece not at all).
        if (piece.trim() === '') return;
        const start = i + (piece.length - piece.trimStart().length);
        const end = j - (piece.length - piece.trimEnd().length);
        expect(findMatches(foldText(text), piece, { overlapping: true })).toContainEqual({ start, end });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
