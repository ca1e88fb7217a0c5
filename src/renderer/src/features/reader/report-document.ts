/**
 * Builds the read-only ProseMirror document of a report from its plain text
 * and blocks. One block becomes one node, with exactly the block's text, so
 * `doc.textBetween(0, size, '\n')` is the report's text; a run-in heading is
 * the paragraph's first text node, carrying the `runin` mark.
 */
import type { Node } from 'prosemirror-model';
import type { Block } from '../../../../core/report/report';
import { reportSchema } from './report-schema';

const { nodes, marks } = reportSchema;

/** A paragraph's inline content: its run-in heading (if any) marked, then the rest. */
function paragraphContent(text: string, block: Block): Node[] {
  const content = text.slice(block.start, block.end);
  if (!block.runIn) return content ? [reportSchema.text(content)] : [];
  const split = Math.max(0, Math.min(block.runIn.end, block.end) - block.start);
  const head = content.slice(0, split);
  const rest = content.slice(split);
  const inline: Node[] = [];
  if (head) inline.push(reportSchema.text(head, [marks.runin!.create({ level: block.runIn.level })]));
  if (rest) inline.push(reportSchema.text(rest));
  return inline;
}

function blockNode(text: string, block: Block): Node {
  const content = text.slice(block.start, block.end);
  const inline = content ? [reportSchema.text(content)] : [];
  switch (block.kind) {
    case 'title':
      return nodes.title!.create(null, inline);
    case 'heading':
      return nodes.heading!.create({ level: block.level ?? 1 }, inline);
    case 'caption':
      return nodes.caption!.create(null, inline);
    case 'paragraph':
      return nodes.paragraph!.create(null, paragraphContent(text, block));
  }
}

export function reportDocument(text: string, blocks: readonly Block[]): Node {
  const children = blocks.map((block) => blockNode(text, block));
  if (children.length === 0) children.push(nodes.paragraph!.create());
  return nodes.doc!.create(null, children);
}

/**
 * The document position where each block's node starts, in block order; for
 * `blocks.length` (after the last block), the end of the document.
 */
export function blockPositions(doc: Node): number[] {
  const positions: number[] = [];
  doc.forEach((_node, offset) => positions.push(offset));
  positions.push(doc.content.size);
  return positions;
}
