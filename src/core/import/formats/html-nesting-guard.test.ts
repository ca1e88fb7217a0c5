import { describe, expect, it } from 'vitest';
import { boundNesting } from './html-nesting-guard';

describe('boundNesting', () => {
  it('leaves a page within the bound unchanged', () => {
    const html = '<div><p>一<p>二<ul><li>三<li>四</ul><br><img src=x></div>';
    expect(boundNesting(html, 2)).toEqual({ html, flattened: 0 });
  });

  it('flattens elements past the bound, a block\'s tags becoming <br>, an inline one\'s nothing', () => {
    expect(boundNesting('<div><div><div>a</div><span><b>b</b></span></div></div>', 2)).toEqual({
      html: '<div><div><br>a<br>b</div></div>',
      flattened: 3,
    });
  });

  it('does not count tags inside comments, scripts, styles or textareas, nor in quoted attributes', () => {
    const html = '<div title="<div>"><!-- <div><div> --><script>"<div><div>"</script><textarea><div></textarea><b>x</b></div>';
    expect(boundNesting(html, 2)).toEqual({ html, flattened: 0 });
  });

  it('recovers from stray and unclosed end tags', () => {
    expect(boundNesting('</div></span><div>a</div><div>b</div>', 1).flattened).toBe(0);
  });
});
