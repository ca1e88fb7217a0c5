import { describe, expect, it } from 'vitest';
import type { HeadingStyle } from './heading-style';
import { outlineLevels } from './outline-levels';

const levels = (styles: readonly HeadingStyle[]): number[] => outlineLevels(styles.map((style) => ({ style })));

describe('outlineLevels', () => {
  it.each([
    ['一、 over （一）', ['cn', 'cn-paren', 'cn-paren', 'cn', 'cn-paren'], [1, 2, 2, 1, 2]],
    ['unnumbered over 一、', ['plain', 'cn', 'cn', 'plain', 'cn'], [1, 2, 2, 1, 2]],
    ['一、 over unnumbered', ['cn', 'plain', 'plain', 'cn', 'plain'], [1, 2, 2, 1, 2]],
    ['four styles nested, then closed', ['part', 'cn', 'cn-paren', 'arabic', 'cn-paren', 'cn', 'part'], [1, 2, 3, 4, 3, 2, 1]],
    ['（1） under 1.', ['cn', 'arabic', 'arabic-paren', 'arabic', 'circled'], [1, 2, 3, 2, 3]],
    ['one style only', ['cn-paren', 'cn-paren', 'cn-paren'], [1, 1, 1]],
    ['（一） first, then 一、 under it', ['cn-paren', 'cn', 'cn-paren'], [1, 2, 1]],
    ['no headings', [], []],
  ] as const)('%s', (_name, styles, expected) => {
    expect(levels(styles)).toEqual(expected);
  });

  it('keeps a declared level and nests undeclared styles under it', () => {
    expect(
      outlineLevels([
        { style: 'plain', declared: 1 },
        { style: 'cn' },
        { style: 'cn-paren' },
        { style: 'plain', declared: 1 },
        { style: 'cn' },
      ]),
    ).toEqual([1, 2, 3, 1, 2]);
  });

  it('resets the styles below a declared level', () => {
    expect(outlineLevels([{ style: 'cn' }, { style: 'cn-paren' }, { style: 'plain', declared: 1 }, { style: 'cn-paren' }])).toEqual([1, 2, 1, 2]);
  });
});
