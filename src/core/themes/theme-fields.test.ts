import { describe, expect, it } from 'vitest';
import { isThemeColor, themeColor, themeKeywords, themeName, themeNameKey } from './theme-fields';

describe('themeName', () => {
  it.each([
    ['乡村振兴', '乡村振兴'],
    ['  乡村振兴\t', '乡村振兴'],
    ['\u3000营商环境\u3000', '营商环境'],
    ['a  b', 'a  b'],
  ])('%j → %j', (given, stored) => {
    expect(themeName(given)).toBe(stored);
  });

  it.each(['', '   ', '\u3000\n'])('refuses %j', (given) => {
    expect(() => themeName(given)).toThrow(new RangeError('A theme name cannot be empty'));
  });
});

describe('themeNameKey', () => {
  it.each([
    ['GDP', 'gdp', true],
    ['ＧＤＰ', 'gdp', true],
    [' 乡村振兴 ', '乡村振兴', true],
    ['乡村振兴', '乡村建设', false],
    ['5G', '５g', true],
  ])('%j and %j meet: %s', (a, b, same) => {
    expect(themeNameKey(a) === themeNameKey(b)).toBe(same);
  });
});

describe('themeColor', () => {
  it.each([
    ['#d0f19c', '#d0f19c'],
    ['#D0F19C', '#d0f19c'],
  ])('%j → %j', (given, stored) => {
    expect(themeColor(given)).toBe(stored);
    expect(isThemeColor(given)).toBe(true);
  });

  it.each(['', 'd0f19c', '#d0f', '#d0f19c80', '#g0f19c', 'green', ' #d0f19c'])('refuses %j', (given) => {
    expect(isThemeColor(given)).toBe(false);
    expect(() => themeColor(given)).toThrow(RangeError);
    expect(() => themeColor(given)).toThrow(`Theme colour ${JSON.stringify(given)} is not of the form #rrggbb`);
  });
});

describe('themeKeywords', () => {
  it.each([
    [[], []],
    [['粮食', ' 脱贫 ', ''], ['粮食', '脱贫']],
    [['粮食', '粮食', ' 粮食'], ['粮食']],
    [['GDP', 'gdp', 'ＧＤＰ'], ['GDP']],
    [['返贫', '脱贫'], ['返贫', '脱贫']],
  ])('%j → %j', (given, stored) => {
    expect(themeKeywords(given)).toEqual(stored);
  });
});
