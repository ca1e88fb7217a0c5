import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from './xlsx-utf8-chunks';

describe('Utf8Chunks', () => {
  it('gives what was pushed, as UTF-8, between the opening and closing given last', () => {
    const chunks = new Utf8Chunks();
    chunks.push('<a>');
    chunks.push('摘录𠀀');
    expect(strFromU8(chunks.bytes('<root>', '</root>'))).toBe('<root><a>摘录𠀀</root>');
    expect(strFromU8(chunks.bytes())).toBe('<a>摘录𠀀');
  });

  it('keeps order and every byte across many chunks', () => {
    const chunks = new Utf8Chunks();
    const pieces = Array.from({ length: 40_000 }, (_none, index) => `<r n="${index}">第${index}行</r>`);
    for (const piece of pieces) chunks.push(piece);
    expect(strFromU8(chunks.bytes('[', ']'))).toBe(`[${pieces.join('')}]`);
  });

  it('writes only the opening and closing when nothing was pushed', () => {
    expect(strFromU8(new Utf8Chunks().bytes('<sst>', '</sst>'))).toBe('<sst></sst>');
  });
});
