/**
 * An unclosed `<svg>` or `<math>` must not swallow the page. Browsers end
 * foreign content at the first HTML-only tag (`<p>`, `<div>`, `<table>`…);
 * htmlparser2 does not, so without this repair `<svg onload=…>` left open
 * would hide the whole report inside an element the reader drops.
 */
import { isTag, type ChildNode, type Element, type ParentNode } from 'domhandler';
import { walkHtml } from './html-walk';

/** Tags that end foreign content when they appear inside it (HTML Standard, "in foreign content"). */
const BREAKOUT_TAGS = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr',
  'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tt', 'u',
  'ul', 'var',
]);

/** Places inside foreign content where HTML legitimately lives, so nothing breaks out there. */
const INTEGRATION_POINTS = new Set(['foreignobject', 'desc', 'title', 'annotation-xml', 'mi', 'mo', 'mn', 'ms', 'mtext']);

/** True for an element that would have ended the foreign content around it (names inside keep their case). */
function breaksOut(element: Element): boolean {
  const name = element.name.toLowerCase();
  if (BREAKOUT_TAGS.has(name)) return true;
  const a = element.attribs;
  return name === 'font' && (a['color'] !== undefined || a['face'] !== undefined || a['size'] !== undefined);
}

/** The first element inside `foreign` that breaks out of it, or null. */
function firstBreakout(foreign: Element): Element | null {
  let found: Element | null = null;
  walkHtml(foreign, {
    enter(element) {
      if (found !== null || INTEGRATION_POINTS.has(element.name.toLowerCase())) return false;
      if (breaksOut(element)) {
        found = element;
        return false;
      }
      return true;
    },
  });
  return found;
}

/** Removes `parent`'s children from index `from` on and returns them. */
function cutTail(parent: ParentNode, from: number): ChildNode[] {
  const tail = parent.children.splice(from);
  const before = parent.children[parent.children.length - 1];
  if (before) before.next = null;
  return tail;
}

/** Inserts `nodes` right after `anchor`, in order, fixing the sibling links. */
function insertAfter(anchor: ChildNode, nodes: ChildNode[]): void {
  const parent = anchor.parent;
  if (parent === null || nodes.length === 0) return;
  const at = parent.children.indexOf(anchor) + 1;
  // concat, not splice(...nodes): a spread of a huge tail would overflow the stack.
  parent.children = parent.children.slice(0, at).concat(nodes, parent.children.slice(at));
  for (let i = at - 1; i <= at + nodes.length; i++) {
    const node = parent.children[i];
    if (node === undefined) continue;
    node.parent = parent;
    node.prev = parent.children[i - 1] ?? null;
    node.next = parent.children[i + 1] ?? null;
  }
}

/**
 * Moves everything from the breakout element on (it, its later siblings, and
 * the later siblings of each foreign ancestor up to `foreign`) out to follow
 * `foreign`, as a browser's parser would have placed it.
 */
function breakOut(foreign: Element, breakout: Element): void {
  let moved: ChildNode[] = [];
  let node: ChildNode = breakout;
  while (node !== foreign && node.parent !== null) {
    const parent: ParentNode = node.parent;
    const from = parent.children.indexOf(node) + (node === breakout ? 0 : 1);
    moved = moved.concat(cutTail(parent, from));
    if (!isTag(parent)) break;
    node = parent;
  }
  insertAfter(foreign, moved);
  // Parsed as foreign content, their tag names kept their case; as HTML they are lower case.
  for (const node of moved) {
    if (!isTag(node)) continue;
    node.name = node.name.toLowerCase();
    walkHtml(node, {
      enter(element) {
        element.name = element.name.toLowerCase();
        return true;
      },
    });
  }
}

/**
 * Repairs `root` in place: each `<svg>` or `<math>` that holds an HTML-only
 * element (outside a `<foreignObject>` or similar) is closed just before it,
 * and the rest of its content moves out to follow it. Iterative.
 */
export function repairForeignContent(root: ParentNode): void {
  walkHtml(root, {
    enter(element) {
      if (element.name !== 'svg' && element.name !== 'math') return true;
      const breakout = firstBreakout(element);
      if (breakout !== null) breakOut(element, breakout);
      return false;
    },
  });
}
