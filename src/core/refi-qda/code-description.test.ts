import { describe, expect, it } from 'vitest';
import { codeDescription, splitCodeDescription } from './code-description';

describe('codeDescription and splitCodeDescription', () => {
  it.each([
    ['a description and keywords', '农业农村发展。\n包括道路。', ['高标准农田', '农村道路'], '农业农村发展。\n包括道路。\n关键词：高标准农田；农村道路'],
    ['keywords only', '', ['粮食'], '关键词：粮食'],
    ['a description only', '农业农村。', [], '农业农村。'],
    ['nothing', '', [], ''],
    ['a description whose last line looks like keywords', '说明\n关键词：不是列表', [], '说明\n关键词：不是列表\n关键词：'],
  ])('writes and reads back %s', (_, description, keywords, written) => {
    expect(codeDescription(description, keywords)).toBe(written);
    expect(splitCodeDescription(written)).toEqual({ description, keywords });
  });

  it('reads another tool’s description whole, CRLF as LF', () => {
    expect(splitCodeDescription('Economic growth\r\nand jobs')).toEqual({ description: 'Economic growth\nand jobs', keywords: [] });
  });

  it.each([['甲；乙'], ['甲\n乙'], ['  ']])('refuses the keyword %j, which would not read back', (keyword) => {
    expect(() => codeDescription('', [keyword])).toThrow(RangeError);
  });
});
