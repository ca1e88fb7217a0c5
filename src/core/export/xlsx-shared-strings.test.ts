import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SharedStrings } from './xlsx-shared-strings';

describe('SharedStrings', () => {
  it('numbers each distinct text from 0 in the order first met', () => {
    const strings = new SharedStrings();
    expect(['主题', '摘录', '主题', '摘录', '报告'].map((text) => strings.index(text))).toEqual([0, 1, 0, 1, 2]);
    expect(strings.size).toBe(3);
  });

  it('writes each text once, escaped, with space kept, and counts every use', () => {
    const strings = new SharedStrings();
    for (const text of ['a < b', ' 首尾空格 ', 'a < b', '_x0041_']) strings.index(text);
    expect(strFromU8(strings.bytes())).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="3">' +
        '<si><t xml:space="preserve">a &lt; b</t></si><si><t xml:space="preserve"> 首尾空格 </t></si><si><t xml:space="preserve">_x005F_x0041_</t></si></sst>',
    );
  });
});
