/**
 * The report as plain elements, the lower bound of drawing it: the same
 * elements and classes the report schema's `toDOM` makes (an `h1` title,
 * `h2`–`h5` headings, `p` paragraphs, a `strong.run-in` opening a paragraph),
 * built directly, without ProseMirror. It also finds the DOM point of a text
 * offset, for drawing highlights over it.
 */
import type { Block } from '../../../src/core/report/report';
import { MAX_HEADING_LEVEL } from '../../../src/renderer/src/features/reader/report-schema';

/** The plain report text element and where its text offsets are in the DOM. */
export interface PlainReport {
  element: HTMLElement;
  /** The DOM point of text offset `offset`; between blocks, the start of the next (`bias` 1) or the end of the previous (`bias` -1). */
  point(offset: number, bias: 1 | -1): { node: Text; offset: number };
}

function blockElement(text: string, block: Block): { element: HTMLElement; texts: Text[] } {
  const content = text.slice(block.start, block.end);
  let element: HTMLElement;
  switch (block.kind) {
    case 'title':
      element = document.createElement('h1');
      element.className = 'report-title';
      break;
    case 'heading':
      element = document.createElement(`h${Math.min(block.level ?? 1, MAX_HEADING_LEVEL) + 1}`);
      element.className = `report-heading level-${block.level ?? 1}`;
      break;
    case 'caption':
      element = document.createElement('p');
      element.className = 'caption';
      break;
    case 'paragraph':
      element = document.createElement('p');
  }
  const texts: Text[] = [];
  const split = block.runIn ? Math.max(0, Math.min(block.runIn.end, block.end) - block.start) : 0;
  if (split > 0 && block.runIn) {
    const strong = document.createElement('strong');
    strong.className = `run-in level-${Math.min(block.runIn.level, MAX_HEADING_LEVEL)}`;
    texts.push(strong.appendChild(document.createTextNode(content.slice(0, split))));
    element.append(strong);
  }
  if (content.length > split) texts.push(element.appendChild(document.createTextNode(content.slice(split))));
  return { element, texts };
}

/**
 * The index of the block text offset `offset` falls in: the first block
 * ending at or after it; between blocks, the next (`bias` 1) or the previous
 * (`bias` -1). The plain report's DOM points and the text annotator's
 * offsets both place offsets this way.
 */
export function blockAt(blocks: readonly Block[], offset: number, bias: 1 | -1): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.end < offset) low = middle + 1;
    else high = middle;
  }
  return bias === -1 && low > 0 && offset < blocks[low]!.start ? low - 1 : low;
}

/** Builds the report text in `host`, with the attributes the app's report view has. */
export function plainReport(host: HTMLElement, text: string, blocks: readonly Block[]): PlainReport {
  const element = document.createElement('div');
  element.className = 'report-text';
  element.lang = 'zh-CN';
  element.setAttribute('role', 'document');
  const nodes: Text[][] = [];
  for (const block of blocks) {
    const made = blockElement(text, block);
    nodes.push(made.texts);
    element.append(made.element);
  }
  host.append(element);

  function point(offset: number, bias: 1 | -1): { node: Text; offset: number } {
    const index = blockAt(blocks, offset, bias);
    const block = blocks[index]!;
    let within = Math.max(0, Math.min(block.end, offset) - block.start);
    const texts = nodes[index]!;
    for (const node of texts) {
      if (within <= node.length && (within < node.length || bias === -1 || node === texts[texts.length - 1])) return { node, offset: within };
      within -= node.length;
    }
    throw new RangeError(`plainReport: text offset ${offset} has no DOM point (block ${index} has no text)`);
  }
  return { element, point };
}
