/**
 * The element that scrolls a report: the nearest ancestor whose content
 * overflows vertically with a scroll bar (the reader region, `main.reader`),
 * or the document's scrolling element when none does.
 */
export function scrollingAncestor(element: Element): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}
