import { describe, expect, it } from 'vitest';
import { chromeKey, isPageNumberLine } from './pdf-chrome';

describe('page numbers', () => {
  it.each([
    '3',
    '12',
    '- 3 -',
    '-3-',
    '— 3 —',
    '－3－',
    '·3·',
    '３',
    '第3页',
    '第 3 页',
    '第三页',
    '第 3 页 共 10 页',
    '第3页，共10页',
    '共10页 第3页',
    '3/10',
    '3 / 10',
    'Page 3',
    'page 3 of 10',
    'p. 3',
  ])('%s is a page number', (text) => {
    expect(isPageNumberLine(text)).toBe(true);
  });

  it.each(['2023年', '3.5', '一、', 'Page three', '12345', '3 - 4 - 5', '第3章', '- 3 - 青石'])('%s is not', (text) => {
    expect(isPageNumberLine(text)).toBe(false);
  });

  it('compares chrome with digits folded and spaces removed', () => {
    expect(chromeKey('Gazette No. 3  — 12')).toBe(chromeKey('Gazette No.14 — 9'));
    expect(chromeKey('青石县 公报')).toBe('青石县公报');
  });
});
