import { Document, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { walkHtml, walkHtmlFrom } from './html-walk';

/** A document of `depth` nested divs with text at the bottom, built without parsing. */
function nested(depth: number): Document {
  const document = new Document([]);
  let parent: Document | Element = document;
  for (let i = 0; i < depth; i++) {
    const div = new Element('div', {});
    div.parent = parent;
    parent.children.push(div);
    parent = div;
  }
  const text = new Text('底');
  text.parent = parent;
  parent.children.push(text);
  return document;
}

describe('walkHtml', () => {
  it('visits in document order, enter before children and exit after', () => {
    const events: string[] = [];
    walkHtml(parseDocument('<p>a<b>b</b></p><!-- c --><i>d</i>'), {
      enter: (e) => (events.push(`<${e.name}>`), true),
      text: (t) => events.push(t.data),
      exit: (e) => events.push(`</${e.name}>`),
    });
    expect(events.join('')).toBe('<p>a<b>b</b></p><i>d</i>');
  });

  it('skips the children and the exit of an element whose enter returns false', () => {
    const events: string[] = [];
    walkHtml(parseDocument('<p>a<b>b</b>c</p>'), {
      enter: (e) => (events.push(`<${e.name}>`), e.name !== 'b'),
      text: (t) => events.push(t.data),
      exit: (e) => events.push(`</${e.name}>`),
    });
    expect(events.join('')).toBe('<p>a<b>c</p>');
  });

  it('walks a tree 100,000 elements deep without overflowing the call stack', { timeout: 30_000 }, () => {
    let deepest = 0;
    let depth = 0;
    let text = '';
    walkHtml(nested(100_000), {
      enter: () => ((deepest = Math.max(deepest, ++depth)), true),
      text: (t) => (text = t.data),
      exit: () => void depth--,
    });
    expect({ deepest, depth, text }).toEqual({ deepest: 100_000, depth: 0, text: '底' });
  });

  it('walkHtmlFrom includes the element itself', () => {
    const p = parseDocument('<p>a</p>').children[0] as Element;
    const events: string[] = [];
    walkHtmlFrom(p, { enter: (e) => (events.push(e.name), true), exit: (e) => events.push(`/${e.name}`) });
    expect(events).toEqual(['p', '/p']);
  });
});
