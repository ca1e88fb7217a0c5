/**
 * A depth-first walk over an htmlparser2 tree that keeps its own stack, so a
 * page nested thousands of elements deep cannot overflow the call stack.
 */
import { isTag, isText, type Element, type ParentNode, type Text } from 'domhandler';

/** What a walk does at each node; every method is optional. */
export interface HtmlVisitor {
  /** Called on entering an element; return false to skip its children (and its `exit`). */
  enter?(element: Element): boolean;
  /** Called for each text node, in document order. */
  text?(node: Text): void;
  /** Called after an element's children, for every element whose `enter` did not return false. */
  exit?(element: Element): void;
}

/** One open element on the walk's stack and the index of its next child. */
interface Frame {
  node: ParentNode;
  next: number;
}

/**
 * Visits the descendants of `root` (not `root` itself) in document order:
 * `enter` before an element's children, `exit` after them. Comments,
 * doctypes and processing instructions are passed over. Iterative: the depth
 * of the tree costs heap, never call stack.
 */
export function walkHtml(root: ParentNode, visitor: HtmlVisitor): void {
  const stack: Frame[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.node.children[frame.next];
    if (child === undefined) {
      stack.pop();
      if (stack.length > 0 && isTag(frame.node)) visitor.exit?.(frame.node);
      continue;
    }
    frame.next += 1;
    if (isText(child)) {
      visitor.text?.(child);
    } else if (isTag(child)) {
      if (visitor.enter?.(child) === false) continue;
      stack.push({ node: child, next: 0 });
    }
  }
}

/**
 * Walks `element` itself and its descendants: `enter(element)` first and
 * `exit(element)` last, as if it were a child of the walk's root.
 */
export function walkHtmlFrom(element: Element, visitor: HtmlVisitor): void {
  if (visitor.enter?.(element) === false) return;
  walkHtml(element, visitor);
  visitor.exit?.(element);
}
