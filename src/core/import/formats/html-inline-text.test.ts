import { describe, expect, it } from 'vitest';
import { inlineText } from './html-inline-text';

const flow = (...texts: string[]): string => inlineText(texts.map((text) => ({ text, pre: false })));

describe('inlineText', () => {
  it('collapses runs of HTML whitespace to one space and trims the ends', () => {
    expect(flow('  a \t\n b  ', ' c ')).toBe('a b c');
  });

  it('drops a wrapped source line between two Chinese characters, across pieces', () => {
    expect(flow('全镇完成\n', '  固定资产投资')).toBe('全镇完成固定资产投资');
    expect(flow('“两个确保”\n工作')).toBe('“两个确保”工作');
  });

  it('keeps a space where the break is not between two wide characters, or is no break at all', () => {
    expect(flow('投资\n2.4亿元')).toBe('投资 2.4亿元');
    expect(flow('全镇 完成')).toBe('全镇 完成');
  });

  it('keeps U+3000 and U+00A0 inside the line but trims them at its ends', () => {
    expect(flow('\u3000\u3000生产总值\u3000增长\u00a06%\u00a0')).toBe('生产总值\u3000增长\u00a06%');
  });

  it('keeps preformatted pieces as written', () => {
    expect(inlineText([{ text: 'x', pre: false }, { text: '  a   b', pre: true }])).toBe('x  a   b');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(flow('𠮷\n祥')).toBe('𠮷祥');
  });
});
