import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findPageChrome } from './html-chrome';
import { isSilentElement } from './html-tags';
import { measureText } from './html-text-stats';

/** The chrome of `html`, as `tag.class: reason` strings in document order. */
function chromeOf(html: string): string[] {
  const document = parseDocument(html);
  const chrome = findPageChrome(document, measureText(document, isSilentElement));
  const name = (e: Element): string => `${e.name}${e.attribs['class'] ? `.${e.attribs['class']}` : ''}`;
  return [...chrome].map(([element, reason]) => `${name(element)}: ${reason}`);
}

const PROSE = '<p>过去一年，全镇上下坚持稳中求进，经济社会保持平稳发展，民生持续改善，社会和谐稳定。</p>'.repeat(6);

describe('findPageChrome', () => {
  it('finds chrome by tag, class and role, with nested chrome listed under its own reason', () => {
    expect(chromeOf('<header><ul class="menu"><li>首页</li></ul></header><div class="content">正文</div><aside>侧栏</aside><div role="contentinfo">版权</div>')).toEqual([
      'header: page-chrome',
      'ul.menu: navigation',
      'aside: page-chrome',
      'div: page-chrome',
    ]);
  });

  it('searches inside a form wrapped round the whole page instead of removing it', () => {
    expect(chromeOf(`<form id="form1"><div class="nav">菜单</div><div class="content">${PROSE}</div></form>`)).toEqual(['div.nav: navigation']);
  });

  it('spares a chrome-named element that holds the article\'s <h1>', () => {
    expect(chromeOf('<div class="top-banner"><h1>白鹭镇2023年政府工作报告</h1><div class="share">分享</div></div>')).toEqual(['div.share: page-chrome']);
  });

  it('spares headers and footers inside an article, but not other chrome there', () => {
    expect(chromeOf('<article><header>标题与日期</header><p>正文</p><div class="footer">责任编辑</div><div class="share">分享</div></article><footer>版权</footer>')).toEqual([
      'div.share: page-chrome',
      'footer: page-chrome',
    ]);
    expect(chromeOf('<div class="article-detail"><div class="header">标题</div></div>')).toEqual([]);
  });

  it('does not look inside scripts and styles', () => {
    expect(chromeOf('<script><div class="nav">x</div></script><style>.nav{}</style>')).toEqual([]);
  });
});
