import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFolded, foldKeyword, foldText } from './folded-text';

describe('folded text', () => {
  it('finds full-width and upper-case spellings, reporting original offsets', () => {
    const text = '全市ＰＭ２.５浓度下降，pm2.5达标';
    const found = findFolded(foldText(text), foldKeyword('PM2.5'));
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['ＰＭ２.５', 'pm2.5']);
  });

  it('maps a character that folds to several back to the whole character', () => {
    const text = '㈠基本情况';
    const folded = foldText(text);
    expect(folded.folded).toBe('(一)基本情况');
    expect(findFolded(folded, foldKeyword('(一)'))).toEqual([{ start: 0, end: 1 }]);
  });

  it('never splits a surrogate pair', () => {
    const text = '甲𠮷乙';
    expect(findFolded(foldText(text), foldKeyword('𠮷乙'))).toEqual([{ start: 1, end: 4 }]);
  });

  it('matches a composed keyword against a decomposed text', () => {
    expect(findFolded(foldText('Cafe\u0301 open'), foldKeyword('CAFÉ'))).toEqual([{ start: 0, end: 5 }]);
  });

  it('finds overlapping occurrences, and nothing for a blank keyword', () => {
    expect(findFolded(foldText('安安安'), '安安')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(foldKeyword('   ')).toBe('');
    expect(findFolded(foldText('安'), '')).toEqual([]);
  });

  it('finds any piece of a text where it stands, whatever the characters', () => {
    const char = fc.constantFrom('乡', '村', 'Ａ', 'a', 'B', 'ﬁ', '㈠', '𠮷', 'é', 'e\u0301', '。', ' ', '\n', 'İ', 'ß');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const cuts = [0];
        for (const piece of chars) cuts.push(cuts.at(-1)! + piece.length);
        const [i, j] = [cuts[a % cuts.length]!, cuts[b % cuts.length]!].sort((x, y) => x - y);
        if (i === j) return;
        const needle = foldText(text.slice(i, j)).folded;
        expect(findFolded(foldText(text), needle)).toContainEqual({ start: i, end: j });
      }),
    );
  });
});
