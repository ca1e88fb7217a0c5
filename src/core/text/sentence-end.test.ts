import { describe, expect, it } from 'vitest';
import { isSentenceCloser, isSentenceEnd, sentenceEndAt } from './sentence-end';

describe('isSentenceEnd and isSentenceCloser', () => {
  it('know the end marks, full-width and half-width, and the closers', () => {
    expect([...'。！？；!?;'].every(isSentenceEnd)).toBe(true);
    expect([...'，、：.'].some(isSentenceEnd)).toBe(false);
    expect([...'”’」』）)》〉】〕]"\''].every(isSentenceCloser)).toBe(true);
    expect([...'“（《。'].some(isSentenceCloser)).toBe(false);
    expect(isSentenceEnd(undefined) || isSentenceCloser(undefined)).toBe(false);
  });
});

describe('sentenceEndAt', () => {
  it.each([
    ['one mark', '稳住粮食生产。抓好', 6, 7],
    ['marks in a row', '真的吗？！是的。', 3, 5],
    ['closing quotes and brackets after the marks', '他说：“好。”）下一句', 5, 8],
    ['a closer before more text, not an end mark', '（详见附件。）下一句', 5, 7],
    ['no end mark at the offset', '推进乡村振兴。', 2, 2],
    ['the end of the text', '好。', 2, 2],
  ])('%s', (_, text, at, expected) => {
    expect(sentenceEndAt(text, at)).toBe(expected);
  });

  it('never reaches past the limit', () => {
    expect(sentenceEndAt('好？！”', 1, 2)).toBe(2);
    expect(sentenceEndAt('好。”', 1, 1)).toBe(1);
  });
});
