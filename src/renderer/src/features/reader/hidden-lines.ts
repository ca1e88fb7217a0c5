/**
 * The lines hidden from a report's text (site navigation, page numbers…),
 * shown on demand where they stood, as widget decorations: they are drawn
 * between blocks and are never part of the document, so its text and every
 * offset into it stay the same whether they are shown or not.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { HiddenLine } from '../../../../core/report/report';
import { blockPositions } from './report-document';

export interface HiddenLinesState {
  lines: readonly HiddenLine[];
  shown: boolean;
  decorations: DecorationSet;
}

export const hiddenLinesKey = new PluginKey<HiddenLinesState>('hidden-lines');

/** Builds the DOM of one hidden line: its reason, in words, and its text. */
export type HiddenLineLabel = (line: HiddenLine) => string;

function lineWidget(line: HiddenLine, label: HiddenLineLabel): HTMLElement {
  const element = document.createElement('div');
  element.className = 'hidden-line';
  element.dataset.reason = line.reason;
  element.contentEditable = 'false';
  const reason = document.createElement('span');
  reason.className = 'hidden-line-reason';
  reason.textContent = label(line);
  const text = document.createElement('span');
  text.className = 'hidden-line-text';
  text.textContent = line.text;
  element.append(reason, text);
  return element;
}

function decorate(state: EditorState, lines: readonly HiddenLine[], shown: boolean, label: HiddenLineLabel): DecorationSet {
  if (!shown || lines.length === 0) return DecorationSet.empty;
  const positions = blockPositions(state.doc);
  const end = state.doc.content.size;
  const widgets = lines.map((line, index) => {
    const pos = positions[Math.max(0, Math.min(line.before, positions.length - 1))] ?? end;
    // Keep file order among lines before the same block.
    return Decoration.widget(pos, () => lineWidget(line, label), { side: -1000 + index, key: `hidden-${index}`, ignoreSelection: true });
  });
  return DecorationSet.create(state.doc, widgets);
}

/** Shows or hides the hidden lines: dispatch a transaction carrying this. */
export function setHiddenLinesShown(tr: Transaction, shown: boolean): Transaction {
  return tr.setMeta(hiddenLinesKey, { shown });
}

/** The plugin over one report's hidden lines; `label` gives the words for a line's reason. */
export function hiddenLinesPlugin(lines: readonly HiddenLine[], label: HiddenLineLabel, shown = false): Plugin<HiddenLinesState> {
  return new Plugin<HiddenLinesState>({
    key: hiddenLinesKey,
    state: {
      init: (_config, state) => ({ lines, shown, decorations: decorate(state, lines, shown, label) }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(hiddenLinesKey) as { shown: boolean } | undefined;
        if (meta && meta.shown !== value.shown) return { ...value, shown: meta.shown, decorations: decorate(state, value.lines, meta.shown, label) };
        return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => hiddenLinesKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}
