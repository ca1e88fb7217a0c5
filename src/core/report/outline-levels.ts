/**
 * Heading levels from numbering styles, the way a reader infers them: the
 * first style met is level 1, a style first met under it is level 2, and a
 * style met again closes every deeper one. So `一、` over `（一）` gives 1 and
 * 2, and a report whose unnumbered `2022年工作回顾` sits over `一、…` gives
 * the unnumbered heading level 1 and `一、` level 2.
 */
import type { HeadingStyle } from './heading-style';

/**
 * The level of each heading, given their styles in reading order. A heading
 * whose format declared a level (`declared`) keeps it and resets the styles
 * below it.
 */
export function outlineLevels(styles: readonly { style: HeadingStyle; declared?: number }[]): number[] {
  const stack: HeadingStyle[] = [];
  return styles.map(({ style, declared }) => {
    if (declared !== undefined) {
      stack.length = Math.min(stack.length, declared - 1);
      stack[declared - 1] = style;
      return declared;
    }
    const at = stack.indexOf(style);
    if (at >= 0) {
      stack.length = at + 1;
      return at + 1;
    }
    stack.push(style);
    return stack.length;
  });
}
