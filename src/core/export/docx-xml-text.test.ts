import { describe, expect, it } from 'vitest';
import { xmlCharacters, xmlText } from './docx-xml-text';

describe('xmlText', () => {
  it('escapes the markup characters', () => {
    expect(xmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; &quot;d&quot;');
  });

  it('drops the characters XML 1.0 cannot hold and keeps tab, line breaks and surrogate pairs', () => {
    expect(xmlText('坚持\u0001底线\u0008思维\u000b\u000c\u001f\ufffe\uffff')).toBe('坚持底线思维');
    expect(xmlCharacters('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(xmlCharacters('𠀀\ud840\udc01')).toBe('𠀀𠀁');
    expect(xmlCharacters('x\ud800y\udc00z\ud800')).toBe('xyz');
  });
});
