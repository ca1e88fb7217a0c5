import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findMainContent } from './html-main-content';
import { isSilentElement } from './html-tags';
import { measureText } from './html-text-stats';

/** The id of the element found as the main content of `html`, or null. */
function contentOf(html: string): string | null {
  const document = parseDocument(html);
  const found: Element | null = findMainContent(document, isSilentElement, measureText(document, isSilentElement))?.element ?? null;
  return found === null ? null : (found.attribs['id'] ?? found.name);
}

const para = (text: string): string => `<p>${text}</p>`;
const PROSE = para('过去一年，全镇上下坚持稳中求进工作总基调，经济社会保持平稳发展，民生持续改善。');
const LINKS = ['关于做好防汛工作的通知', '关于公布行政许可事项的公告', '关于调整公交线路的通知', '关于开展春耕生产的通知']
  .map((t) => `<li><a href="/x">${t}</a></li>`)
  .join('');

describe('findMainContent', () => {
  it('prefers prose to a list of links with no names to go by', () => {
    expect(contentOf(`<body><div id="links"><ul>${LINKS}${LINKS}</ul></div><div id="text">${PROSE}${PROSE}</div></body>`)).toBe('text');
  });

  it('gathers paragraphs spread over sibling divs into their parent', () => {
    expect(contentOf(`<body><div id="list"><ul>${LINKS}</ul></div><div id="zoom"><div>${PROSE}</div><div>${PROSE}</div><div>${PROSE}</div></div></body>`)).toBe('zoom');
  });

  it('grows to take in a title and date line above the text, but not a link-heavy sidebar', () => {
    const article = `<div id="article"><div class="title">白鹭镇2023年政府工作报告</div><div class="info">发布时间：2023-01-15</div><div id="text">${PROSE}${PROSE}</div></div>`;
    expect(contentOf(`<body><div id="wrap">${article}<div id="side"><ul>${LINKS}${LINKS}${LINKS}</ul></div></div></body>`)).toBe('article');
  });

  it('is helped by a content name, hindered by a chrome one', () => {
    expect(contentOf(`<body><div id="a" class="related">${PROSE}${PROSE}</div><div id="b" class="TRS_Editor">${PROSE}${PROSE}</div></body>`)).toBe('b');
  });

  it('finds nothing when no run of text is long enough to score', () => {
    expect(contentOf('<body><div>首页</div><div>简短</div></body>')).toBeNull();
  });

  it('takes a layout table\'s cell as a container, never a data table\'s', () => {
    const layout = `<table><tr><td id="menu"><div><a href="/">首页</a></div></td><td id="cell">${PROSE}${PROSE}</td></tr></table>`;
    expect(contentOf(`<body>${layout}</body>`)).toBe('cell');
    expect(contentOf(`<body><div id="box"><table><tr><td>${PROSE}</td><td>数据</td></tr></table></div></body>`)).toBe('box');
  });

  it('reaches up past a list of related links to take in the article\'s <h1>, setting the list aside', () => {
    const document = parseDocument(
      `<body><div id="col"><h1>南岭县2023年政府工作报告</h1><div>2023年01月20日</div><div id="text">${PROSE}${PROSE}</div><div id="related"><ul>${LINKS}</ul></div></div><div id="side"><ul>${LINKS}${LINKS}</ul></div></body>`,
    );
    const found = findMainContent(document, isSilentElement, measureText(document, isSilentElement))!;
    expect(found.element.attribs['id']).toBe('col');
    expect(found.linkBlocks.map((block) => block.attribs['id'])).toEqual(['related']);
  });
});
