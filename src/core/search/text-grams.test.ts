import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTerm } from '../text/folded-text';
import { queryGrams, textGrams } from './text-grams';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);

describe('textGrams', () => {
  it('gives each pair of adjacent characters once', () => {
    expect(textGrams('发展发展').sort()).toEqual(['发展', '展发'].sort());
  });

  it('leaves out pairs with whitespace, punctuation or symbols', () => {
    expect(textGrams('稳就业，保民生。\n促 消费').sort()).toEqual(['稳就', '就业', '保民', '民生', '促', '消费'].filter((g) => g.length === 2).sort());
  });

  it('makes the same grams of full-width and half-width digits and letters', () => {
    expect(textGrams('ＧＤＰ增长５．２％')).toEqual(textGrams('GDP增长5.2%'));
    expect(textGrams('GDP')).toEqual(['gd', 'dp']);
  });

  it('counts a character outside the BMP as one character', () => {
    expect(textGrams('𬌗山镇').sort()).toEqual(['𬌗山', '山镇'].sort());
    expect(textGrams('在𬌗')).toEqual(['在𬌗']);
  });

  it('gives nothing for a text of fewer than two letters or digits in a row', () => {
    expect(textGrams('')).toEqual([]);
    expect(textGrams('乡')).toEqual([]);
    expect(textGrams('一、二')).toEqual([]);
  });
});

describe('queryGrams', () => {
  it('folds and trims the term as the text is folded', () => {
    expect(queryGrams(' 营商环境 ')).toEqual(['营商', '商环', '环境']);
    expect(queryGrams('２０２４')).toEqual(['20', '02', '24']);
    expect(queryGrams('稅')).toEqual([]);
  });

  it('asks only for grams the text holds wherever the term occurs in it', () => {
    const character = fc.constantFrom('推', '进', '乡', '村', '振', '兴', '2', '２', 'A', 'ａ', '.', '，', ' ', '\n', '…', '𬌗', '㎡');
    const text = fc.array(character, { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (chars, a, b) => {
        const [from, to] = [Math.min(a, b) % chars.length, (Math.max(a, b) % chars.length) + 1];
        const whole = chars.join('');
        const term = chars.slice(Math.min(from, to - 1), to).join('');
        if (foldTerm(term) === '') return;
        const grams = new Set(textGrams(whole));
        for (const gram of queryGrams(term)) expect(grams.has(gram)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
