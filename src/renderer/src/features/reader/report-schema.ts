/**
 * The ProseMirror schema of a report: a title, headings at their levels, and
 * paragraphs of plain text. No marks: highlights are drawn over the document,
 * never stored in it.
 */
import { Schema } from 'prosemirror-model';

/** Deepest heading level the reader distinguishes; deeper ones render at this depth. */
export const MAX_HEADING_LEVEL = 4;

export const reportSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    title: {
      group: 'block',
      content: 'text*',
      toDOM: () => ['h1', { class: 'report-title' }, 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1 } },
      toDOM: (node) => [`h${Math.min(Number(node.attrs.level), MAX_HEADING_LEVEL) + 1}`, { class: `report-heading level-${String(node.attrs.level)}` }, 0],
    },
    paragraph: {
      group: 'block',
      content: 'text*',
      toDOM: () => ['p', 0],
    },
    text: {},
  },
});
