import { describe, expect, it } from 'vitest';
import { foldTerm, foldText, originalEnd, originalStart } from './folded-text';

describe('foldText', () => {
  it('folds full-width forms and Latin case one code unit for one, with no spans', () => {
    const folded = foldText('２０２４年ＧＤＰ增长５％');
    expect(folded.folded).toBe('2024年gdp增长5%');
    expect(folded.spans).toHaveLength(0);
    expect(originalStart(folded, 5)).toBe(5);
    expect(originalEnd(folded, 8)).toBe(8);
  });

  it('folds the ideographic space and full-width punctuation, and leaves 、 and 。 alone', () => {
    expect(foldText('\u3000\u3000一、（一）稳增长。').folded).toBe('  一、(一)稳增长。');
  });

  it('records the characters that change length and maps offsets across them exactly', () => {
    // `……` folds to six dots, `㎡` to `m2`: the folded text is longer than the original.
    const text = '等等……建成住房㎡数';
    const folded = foldText(text);
    expect(folded.folded).toBe('等等......建成住房m2数');
    const at = folded.folded.indexOf('建成');
    expect(originalStart(folded, at)).toBe(text.indexOf('建成'));
    expect(originalEnd(folded, at + 2)).toBe(text.indexOf('建成') + 2);
    const last = folded.folded.indexOf('数');
    expect(originalStart(folded, last)).toBe(text.indexOf('数'));
    expect(originalEnd(folded, folded.folded.length)).toBe(text.length);
  });

  it('refuses offsets inside the folding of one character', () => {
    const text = '每㎡';
    const folded = foldText(text);
    expect(folded.folded).toBe('每m2');
    expect(originalStart(folded, 1)).toBe(1);
    expect(originalStart(folded, 2)).toBe(-1);
    expect(originalEnd(folded, 2)).toBe(-1);
    expect(originalEnd(folded, 3)).toBe(2);
  });

  it('keeps a character outside the BMP whole: offsets map to either side of the pair, never between', () => {
    const text = '𬌗山镇';
    const folded = foldText(text);
    expect(folded.folded).toBe(text);
    expect(originalStart(folded, 0)).toBe(0);
    expect(originalStart(folded, 1)).toBe(-1);
    expect(originalEnd(folded, 1)).toBe(-1);
    expect(originalEnd(folded, 2)).toBe(2);
    expect(originalStart(folded, 2)).toBe(2);
  });

  it('composes a letter with its combining mark as one character', () => {
    const text = 'Cafe\u0301 2024';
    const folded = foldText(text);
    expect(folded.folded).toBe('café 2024');
    expect(originalEnd(folded, 4)).toBe(5);
    expect(originalStart(folded, 5)).toBe(6);
  });

  it('maps a character that folds to several back to the whole character', () => {
    const folded = foldText('㈠基本情况');
    expect(folded.folded).toBe('(一)基本情况');
    expect(originalStart(folded, 0)).toBe(0);
    expect(originalEnd(folded, 3)).toBe(1);
    expect(originalStart(folded, 3)).toBe(1);
  });
});

describe('foldTerm', () => {
  it('trims and folds a term as a text is folded', () => {
    expect(foldTerm('  ＧＤＰ增速 ')).toBe('gdp增速');
    expect(foldTerm(' ＡＢｃ１２ ')).toBe('abc12');
  });

  it('gives an empty term for one that is empty or only blank', () => {
    expect(foldTerm('')).toBe('');
    expect(foldTerm('   ')).toBe('');
    expect(foldTerm('\u3000\n')).toBe('');
  });
});
