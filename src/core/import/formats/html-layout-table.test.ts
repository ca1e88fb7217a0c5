import { isTag, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isLayoutTable, tableOf } from './html-layout-table';

/** The first `<table>` of `html`. */
function table(html: string): Element {
  const stack = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (!isTag(node)) continue;
    if (node.name === 'table') return node;
    stack.unshift(...node.children);
  }
  throw new Error('no table');
}

describe('isLayoutTable', () => {
  it('takes a Word-style table of figures, <p> in every cell, as data', () => {
    expect(isLayoutTable(table('<table class="MsoNormalTable"><tr><td><p>指标</p></td><td><p>2022年</p></td></tr><tr><td><p>产值</p></td><td><p>15亿元</p></td></tr></table>'))).toBe(false);
  });

  it('takes a table as layout when a cell holds a div, a list, a nested table or a page of text', () => {
    expect(isLayoutTable(table('<table><tr><td><div>菜单</div></td><td>正文</td></tr></table>'))).toBe(true);
    expect(isLayoutTable(table('<table><tr><td><ul><li>甲</li></ul></td><td>乙</td></tr></table>'))).toBe(true);
    expect(isLayoutTable(table('<table><tr><td><table><tr><td>内</td></tr></table></td><td>外</td></tr></table>'))).toBe(true);
    expect(isLayoutTable(table(`<table><tr><td>目录</td><td>${'正文很长。'.repeat(80)}</td></tr></table>`))).toBe(true);
  });

  it('takes a single-column or presentation table as layout', () => {
    expect(isLayoutTable(table('<table><tr><td>甲</td></tr><tr><td>乙</td></tr></table>'))).toBe(true);
    expect(isLayoutTable(table('<table role="presentation"><tr><td>甲</td><td>乙</td></tr></table>'))).toBe(true);
  });

  it('finds the table of a row or cell through thead/tbody, and not across a cell', () => {
    const t = table('<table><tbody><tr><td>甲</td></tr></tbody></table>');
    const row = (t.children[0] as Element).children[0] as Element;
    expect(tableOf(row)).toBe(t);
    expect(tableOf(row.children[0] as Element)).toBe(t);
    expect(tableOf(t)).toBeNull();
  });
});
