import { isTag, isText, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { repairForeignContent } from './html-foreign-content';

/** Tags and text only, attributes left out: enough to see where nodes ended up. */
const markup = (nodes: readonly ChildNode[]): string =>
  nodes.map((node) => (isText(node) ? node.data : isTag(node) ? `<${node.name}>${markup(node.children)}</${node.name}>` : '')).join('');

const repaired = (html: string): string => {
  const document = parseDocument(html);
  repairForeignContent(document);
  return markup(document.children);
};

describe('repairForeignContent', () => {
  it('closes an unclosed <svg> before the first HTML-only tag, moving the rest out after it', () => {
    expect(repaired('<div><svg onload="x"><g><circle></circle><P>一</P>尾</g>后</svg></div>')).toBe(
      '<div><svg><g><circle></circle></g></svg><p>一</p>尾后</div>',
    );
  });

  it('does the same for <math>, and keeps walking what moved out', () => {
    expect(repaired('<math><mrow><div>甲<svg><b>乙</b></svg></div></mrow></math>')).toBe('<math><mrow></mrow></math><div>甲<svg></svg><b>乙</b></div>');
  });

  it('leaves foreign content without HTML, and HTML inside <foreignObject>, alone', () => {
    const html = '<svg><text>标签</text><foreignObject><p>图中文字</p></foreignObject></svg><p>正文</p>';
    expect(repaired(html)).toBe(html);
    expect(repaired('<svg><circle/></svg><p>正文</p>')).toBe('<svg><circle></circle></svg><p>正文</p>');
  });
});
