import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentence-spans';

function sentences(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}

describe('sentenceSpans', () => {
  it.each([
    ['。！？；', '稳住粮食生产。抓好安全生产！成效如何？一是治理；二是监管。', ['稳住粮食生产。', '抓好安全生产！', '成效如何？', '一是治理；', '二是监管。']],
    ['line and paragraph breaks', '一、回顾过去\n\n  今年以来，经济回升\r\n第二段', ['一、回顾过去', '今年以来，经济回升', '第二段']],
    ['closing quotes and brackets with their sentence', '落实“四个不摘”。”他说。（详见附件。）下一句', ['落实“四个不摘”。”', '他说。', '（详见附件。）', '下一句']],
    ['the same closers as an excerpt’s context', '他说"好。"然后〔见附件。〕下一句', ['他说"好。"', '然后〔见附件。〕', '下一句']],
    ['marks in a row', '真的吗？！是的。', ['真的吗？！', '是的。']],
    ['the full-width space as blank', '\u3000\u3000推进乡村振兴。\u3000', ['推进乡村振兴。']],
    ['half-width marks', '是否达标?已达标;', ['是否达标?', '已达标;']],
    ['nothing in a blank text', ' \n\n ', []],
  ])('ends sentences at %s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('counts offsets in UTF-16 code units (a character outside the BMP is two)', () => {
    const text = '𠮷野家。好。';
    expect(sentenceSpans(text)).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 7 },
    ]);
  });
});
