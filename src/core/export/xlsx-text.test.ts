import { describe, expect, it } from 'vitest';
import { xlsxText } from './xlsx-text';

describe('xlsxText', () => {
  it('returns plain text as it is, Chinese, tabs and line breaks included', () => {
    const text = '稳定粮食播种面积\n守住耕地红线\t𠀀';
    expect(xlsxText(text)).toBe(text);
  });

  it('escapes markup and drops the characters XML 1.0 cannot hold', () => {
    expect(xlsxText('a<b & "c" > d')).toBe('a&lt;b &amp; &quot;c&quot; &gt; d');
    expect(xlsxText('坚持\u0001底线\u0008思维\u000b\u001f\ufffe\ud800')).toBe('坚持底线思维');
  });

  it("escapes the _ of what Excel would read as an _xHHHH_ escape, and only that", () => {
    expect(xlsxText('_x000D_ and _x41a0_')).toBe('_x005F_x000D_ and _x005F_x41a0_');
    expect(xlsxText('_x00_ _xGGGG_ x_1_ __x0041_')).toBe('_x00_ _xGGGG_ x_1_ __x005F_x0041_');
  });
});
