import { describe, expect, it } from 'vitest';
import { THEMES, theme } from './fixtures/codebook';
import { keywordSuggestions, suggestionKey, type KeywordSuggestion } from './keyword-suggestions';

const TEXT = ['一、乡村振兴', '全面推进乡村振兴，稳定粮食生产。排查安全生产隐患1200处；农业生态持续改善。', '全市ＰＭ２.５平均浓度下降。'].join('\n');

function run(highlights: { themeIds: string[]; start: number; end: number }[] = [], themes = THEMES): KeywordSuggestion[] {
  return keywordSuggestions({ reportId: 'r1', text: TEXT, themes, highlights });
}

function readable(suggestions: KeywordSuggestion[]): string[] {
  return suggestions.map((s) => `${s.themeId}:${TEXT.slice(s.start, s.end)}:${s.keywords.join('/')}`);
}

describe('keywordSuggestions', () => {
  it('proposes every sentence holding a theme’s keyword, by sentence then theme order', () => {
    expect(readable(run())).toEqual([
      'rural:一、乡村振兴:乡村',
      'rural:全面推进乡村振兴，稳定粮食生产。:乡村',
      'grain:全面推进乡村振兴，稳定粮食生产。:粮食',
      'safety:排查安全生产隐患1200处；:安全生产/隐患',
      'rural:农业生态持续改善。:农业',
      'green:农业生态持续改善。:生态',
      'green:全市ＰＭ２.５平均浓度下降。:ＰＭ２.５',
    ]);
  });

  it('gives sentence offsets in the text and each keyword match', () => {
    const safety = run().find((s) => s.themeId === 'safety')!;
    expect(TEXT.slice(safety.start, safety.end)).toBe('排查安全生产隐患1200处；');
    expect(safety.matches.map((m) => [TEXT.slice(m.start, m.end), m.keyword])).toEqual([
      ['安全生产', '安全生产'],
      ['隐患', '隐患'],
    ]);
  });

  it('skips a sentence already coded with the theme, but not for another theme', () => {
    const sentence = TEXT.indexOf('农业生态');
    const suggestions = run([{ themeIds: ['green'], start: sentence + 2, end: sentence + 4 }]);
    expect(readable(suggestions)).toContain('rural:农业生态持续改善。:农业');
    expect(readable(suggestions)).not.toContain('green:农业生态持续改善。:生态');
  });

  it('takes a highlight that only touches the sentence as not coding it', () => {
    const sentence = TEXT.indexOf('农业生态');
    expect(readable(run([{ themeIds: ['green'], start: sentence - 3, end: sentence }]))).toContain('green:农业生态持续改善。:生态');
  });

  it('matches case-insensitively and with full-width forms, one suggestion per sentence', () => {
    const text = 'GDP增长5%，gdp总量破万亿。Ｇｄｐ稳。';
    const suggestions = keywordSuggestions({ reportId: 'r', text, themes: [theme('econ', '经济', null, ['gdp', 'GDP'])], highlights: [] });
    expect(suggestions.map((s) => [text.slice(s.start, s.end), s.keywords, s.matches.length])).toEqual([
      ['GDP增长5%，gdp总量破万亿。', ['gdp'], 2],
      ['Ｇｄｐ稳。', ['gdp'], 1],
    ]);
  });

  it('lists every keyword found, by first occurrence, with overlapping keywords both marked', () => {
    const text = '加强生态环保督察。';
    const [only] = keywordSuggestions({ reportId: 'r', text, themes: [theme('green', '生态环保', null, ['环保', '生态环保', '生态'])], highlights: [] });
    expect(only!.keywords).toEqual(['生态', '生态环保', '环保']);
    expect(only!.matches.map((m) => [m.start, m.end])).toEqual([
      [2, 4],
      [2, 6],
      [4, 6],
    ]);
  });

  it('matches only within a sentence', () => {
    const text = '坚持安全。生产有序。';
    expect(keywordSuggestions({ reportId: 'r', text, themes: [theme('s', '安全', null, ['安全。生产'])], highlights: [] })).toEqual([]);
  });

  it('gives nothing for themes without keywords or an empty text', () => {
    expect(run([], [theme('none', '无关键词')])).toEqual([]);
    expect(keywordSuggestions({ reportId: 'r', text: '', themes: THEMES, highlights: [] })).toEqual([]);
  });

  it('gives the same list for the same input', () => {
    expect(run()).toEqual(run());
  });

  it('keys a suggestion by report, theme and sentence', () => {
    expect(suggestionKey({ reportId: 'r1', themeId: 'rural', start: 7, end: 24 })).toBe('r1|rural|7-24');
  });
});
