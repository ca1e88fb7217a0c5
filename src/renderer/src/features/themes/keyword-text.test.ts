import { describe, expect, it } from 'vitest';
import { themeKeywords } from '../../../../core/themes/theme-fields';
import { keywordsFromText, keywordsToText } from './keyword-text';

describe('keyword fields', () => {
  it.each([
    ['乡村振兴、脱贫, 返贫，粮食', ['乡村振兴', '脱贫', '返贫', '粮食']],
    ['高标准农田\n集体经济\r\n土地流转', ['高标准农田', '集体经济', '土地流转']],
    ['产业链；专精特新;GDP', ['产业链', '专精特新', 'GDP']],
    ['  、 , 乡村振兴 、、 乡村振兴 ', ['乡村振兴']],
    ['', []],
  ])('reads %j as its terms', (text, terms) => {
    expect(themeKeywords(keywordsFromText(text))).toEqual(terms);
  });

  it('shows the terms joined in the interface language, and reads them back unchanged', () => {
    const terms = ['乡村振兴', '脱贫', 'GDP'];
    expect(keywordsToText(terms, 'zh')).toBe('乡村振兴、脱贫、GDP');
    expect(keywordsToText(terms, 'en')).toBe('乡村振兴, 脱贫, GDP');
    for (const locale of ['zh', 'en'] as const) expect(themeKeywords(keywordsFromText(keywordsToText(terms, locale)))).toEqual(terms);
  });
});
