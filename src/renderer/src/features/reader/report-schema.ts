/**
 * The ProseMirror schema of a report: a title, headings at their levels,
 * paragraphs, and captions (a photo's caption line). One mark, `runin`: the
 * run-in heading a paragraph opens with (`（一）经济稳步增长。…`), which is
 * structure of the report, not an annotation. Highlights are drawn over the
 * document, never stored in it.
 */
import { Schema } from 'prosemirror-model';

/** Deepest heading level the reader distinguishes; deeper ones render at this depth. */
export const MAX_HEADING_LEVEL = 4;

/** A level as a class-name suffix, capped like the heading elements. */
function levelClass(level: unknown): string {
  return `level-${Math.min(Number(level) || 1, MAX_HEADING_LEVEL)}`;
}

export const reportSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    title: {
      group: 'block',
      content: 'text*',
      marks: '',
      toDOM: () => ['h1', { class: 'report-title' }, 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      marks: '',
      attrs: { level: { default: 1 } },
      toDOM: (node) => [`h${Math.min(Number(node.attrs.level), MAX_HEADING_LEVEL) + 1}`, { class: `report-heading level-${String(node.attrs.level)}` }, 0],
    },
    paragraph: {
      group: 'block',
      content: 'text*',
      marks: 'runin',
      toDOM: () => ['p', 0],
    },
    caption: {
      group: 'block',
      content: 'text*',
      marks: '',
      toDOM: () => ['p', { class: 'caption' }, 0],
    },
    text: {},
  },
  marks: {
    /** The run-in heading at the start of a paragraph, at its outline level. */
    runin: {
      attrs: { level: { default: 1 } },
      inclusive: false,
      toDOM: (mark) => ['strong', { class: `run-in ${levelClass(mark.attrs.level)}` }, 0],
    },
  },
});
