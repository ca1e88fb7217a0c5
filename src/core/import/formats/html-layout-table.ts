/**
 * Layout tables and data tables. Older government sites lay whole pages out
 * with `<table>`: there a cell is a region of the page (it may hold the
 * article) and reads as blocks. In a data table (a report's budget figures)
 * a row reads as one line of cells.
 */
import { isTag, type Element } from 'domhandler';
import { walkHtml } from './html-walk';

/** Elements a data cell does not hold: a cell with one is a page region. */
const REGION_TAGS = new Set([
  'div', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'article', 'section',
  'nav', 'blockquote', 'header', 'footer', 'aside', 'main', 'iframe', 'center',
]);

/** A cell with this much text is a page region, not a figure in a table. */
const REGION_CHARS = 300;

const cache = new WeakMap<Element, boolean>();

/** The table's own rows: `tr` children of it or of its `thead`/`tbody`/`tfoot`, not of nested tables. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

/** True when the cell holds a page region's elements or a region's amount of text. */
function isRegionCell(cell: Element): boolean {
  let region = false;
  let chars = 0;
  walkHtml(cell, {
    enter(element) {
      if (region) return false;
      if (REGION_TAGS.has(element.name)) region = true;
      return !region;
    },
    text(node) {
      chars += node.data.replace(/\s+/gu, '').length;
      if (chars >= REGION_CHARS) region = true;
    },
  });
  return region;
}

/** The layout test itself, uncached. */
function classify(table: Element): boolean {
  const role = (table.attribs['role'] ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  let widest = 0;
  for (const row of ownRows(table)) {
    const cells = row.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
    widest = Math.max(widest, cells.length);
    if (cells.some(isRegionCell)) return true;
  }
  return widest <= 1;
}

/**
 * True when `table` lays out the page rather than holding data: its role is
 * `presentation`, it has a single column, or one of its own cells holds a
 * block a data cell would not (a `<div>`, a list, a heading, a nested
 * table…) or 300 characters of text. Word's tables (`<p>` in every cell)
 * stay data tables. Cached per element.
 */
export function isLayoutTable(table: Element): boolean {
  let layout = cache.get(table);
  if (layout === undefined) {
    layout = classify(table);
    cache.set(table, layout);
  }
  return layout;
}

/** The table a row or cell belongs to (through `thead`/`tbody`/`tfoot`), or null. */
export function tableOf(element: Element): Element | null {
  let node = element.parent;
  while (node !== null && isTag(node)) {
    if (node.name === 'table') return node;
    if (node.name !== 'tr' && node.name !== 'thead' && node.name !== 'tbody' && node.name !== 'tfoot') return null;
    node = node.parent;
  }
  return null;
}
