/**
 * Builds the read-only ProseMirror document of a report from its plain text
 * and blocks. One block becomes one node, with exactly the block's text.
 */
import type { Node } from 'prosemirror-model';
import type { Block } from '../../../../core/report/report';
import { reportSchema } from './report-schema';

export function reportDocument(text: string, blocks: readonly Block[]): Node {
  const nodes = blocks.map((block) => {
    const content = text.slice(block.start, block.end);
    const inline = content ? [reportSchema.text(content)] : [];
    switch (block.kind) {
      case 'title':
        return reportSchema.nodes.title!.create(null, inline);
      case 'heading':
        return reportSchema.nodes.heading!.create({ level: block.level ?? 1 }, inline);
      case 'paragraph':
        return reportSchema.nodes.paragraph!.create(null, inline);
    }
  });
  if (nodes.length === 0) nodes.push(reportSchema.nodes.paragraph!.create());
  return reportSchema.nodes.doc!.create(null, nodes);
}
