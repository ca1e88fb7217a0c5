import { describe, expect, it } from 'vitest';
import { shownWarning } from './report-warnings';

describe('shownWarning', () => {
  it.each([
    ['ocr-slip: L8', { key: 'warning.ocr-slip', detail: 'L8' }],
    ['inserted-ad: 某某体育官网', { key: 'warning.inserted-ad', detail: '某某体育官网' }],
    ['anti-scrape: 12 invisible characters removed', { key: 'warning.anti-scrape', detail: '12' }],
    ['control-characters: 7 control characters removed', { key: 'warning.control-characters', detail: '7' }],
    ['2 images dropped', { key: null, detail: '2 images dropped' }],
    ['unknown-code: x', { key: null, detail: 'unknown-code: x' }],
  ])('%s', (warning, shown) => {
    expect(shownWarning(warning)).toEqual(shown);
  });
});
