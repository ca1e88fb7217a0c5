import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlSafe, xmlText } from './xml-escape';
import { xmlRoot } from './xml-element';

describe('xml escaping', () => {
  it('escapes markup in content and attributes', () => {
    expect(xmlText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(xmlAttribute('a & "b"\n\tc')).toBe('a &amp; &quot;b&quot;&#10;&#9;c');
  });

  it('leaves out what XML 1.0 cannot carry, keeping tabs, line ends and astral characters', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlSafe('甲\uD800乙\uDC00丙')).toBe('甲乙丙');
    expect(xmlSafe('\t\n\r𠀀')).toBe('\t\n\r𠀀');
  });

  it('reads back what it wrote, through the reader', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (value) => {
        const clean = xmlSafe(value).replace(/\r\n?/g, '\n');
        const root = xmlRoot(`<R a="${xmlAttribute(value)}">${xmlText(value)}</R>`);
        expect(root?.attribute('a')?.replace(/\r\n?/g, '\n')).toBe(clean);
        expect(root?.text()).toBe(clean);
      }),
    );
  });
});
