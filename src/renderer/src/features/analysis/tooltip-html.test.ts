import { describe, expect, it } from 'vitest';
import { tooltipHtml } from './tooltip-html';

describe('tooltipHtml', () => {
  it('escapes markup and breaks lines', () => {
    expect(tooltipHtml('<b>乡村&"振兴"</b>\n第二行')).toBe('&lt;b&gt;乡村&amp;&quot;振兴&quot;&lt;/b&gt;<br>第二行');
  });
});
