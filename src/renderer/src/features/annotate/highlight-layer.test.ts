import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/report/report';
import type { Theme } from '../../../../core/themes/theme';
import { reportDocument } from '../reader/report-document';
import { highlightLayerKey, highlightLayerPlugin, setHighlightLayer, type HighlightLayerState } from './highlight-layer';
import type { PlacedHighlight } from './placed-highlight';

const text = '一、总体要求\n坚持稳中求进工作总基调。';
const blocks: Block[] = [
  { kind: 'heading', level: 1, start: 0, end: 6 },
  { kind: 'paragraph', start: 7, end: text.length },
];
const themes: Theme[] = [{ id: 't1', name: '乡村振兴', color: '#2e7d32', parentId: null, order: 0, description: '', keywords: [] }];
const highlight: PlacedHighlight = { id: 'h1', start: 7, end: 11, themeIds: ['t1'] };

function stateWith(initial: HighlightLayerState): EditorState {
  return EditorState.create({ doc: reportDocument(text, blocks), plugins: [highlightLayerPlugin(blocks, initial)] });
}

describe('the highlight layer state', () => {
  const initial: HighlightLayerState = { highlights: [highlight], themes, activeId: null };

  it('starts as given', () => {
    expect(highlightLayerKey.getState(stateWith(initial))).toEqual(initial);
  });

  it('keeps the same state when told what it already draws, so the layer does not repaint', () => {
    const state = stateWith(initial);
    const before = highlightLayerKey.getState(state);
    const after = state.apply(setHighlightLayer(state.tr, { highlights: initial.highlights, themes, activeId: null }));
    expect(highlightLayerKey.getState(after)).toBe(before);
  });

  it('takes a change, keeping what the change does not name', () => {
    const state = stateWith(initial);
    const after = highlightLayerKey.getState(state.apply(setHighlightLayer(state.tr, { activeId: 'h1' })));
    expect(after).toEqual({ highlights: [highlight], themes, activeId: 'h1' });
    expect(after?.highlights).toBe(initial.highlights);
  });

  it('takes a new list of highlights even when it holds the same ones', () => {
    const state = stateWith(initial);
    const copy = [...initial.highlights];
    expect(highlightLayerKey.getState(state.apply(setHighlightLayer(state.tr, { highlights: copy })))?.highlights).toBe(copy);
  });

  it('is untouched by transactions that do not set it', () => {
    const state = stateWith(initial);
    const before = highlightLayerKey.getState(state);
    expect(highlightLayerKey.getState(state.apply(state.tr.setMeta('other', 1)))).toBe(before);
  });
});
