import { describe, expect, it } from 'vitest';
import { decodeSourceBytes, SourceText } from './source-text';

describe('decodeSourceBytes', () => {
  it.each<[string, number[], string | null]>([
    ['UTF-8', [0xe6, 0x94, 0xbf, 0xe5, 0xba, 0x9c], '政府'],
    ['UTF-8 with a BOM (QualCoder)', [0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xbf], '政'],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x3f, 0x65], '政'],
    ['UTF-16BE with a BOM', [0xfe, 0xff, 0x65, 0x3f], '政'],
    ['GB18030', [0xd5, 0xfe, 0xb8, 0xae], '政府'],
    ['bytes that are no text', [0x00, 0xff, 0x00, 0x81], null],
  ])('reads %s', (_, bytes, text) => {
    expect(decodeSourceBytes(Uint8Array.from(bytes))).toBe(text);
  });
});

describe('SourceText', () => {
  it('makes line ends "\\n" and maps the file’s positions (CRs counted) onto the text', () => {
    const source = new SourceText('甲\r\n𠀀乙\r丙\r\n');
    expect(source.text).toBe('甲\n𠀀乙\n丙\n');
    expect(source.positions).toBe(9);
    // file positions: 甲0 \r1 \n2 𠀀3 乙4 \r5 丙6 \r7 \n8, end 9
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((p) => source.toOffset(p))).toEqual([0, 1, 1, 2, 4, 5, 6, 7, 7, 8]);
  });

  it('drops a BOM at the start and clamps positions to the text', () => {
    const source = new SourceText('\uFEFF报告');
    expect(source.text).toBe('报告');
    expect([-3, 0, 2, 99, 1.7].map((p) => source.toOffset(p))).toEqual([0, 0, 2, 2, 1]);
  });
});
