import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Block, HiddenLine } from '../../../../core/report/report';
import { hiddenLinesKey, hiddenLinesPlugin, setHiddenLinesShown } from './hidden-lines';
import { blockPositions, reportDocument } from './report-document';

const text = '某镇2024年政府工作报告\n各位代表：\n全年完成投资5.2亿元。';
const blocks: Block[] = [
  { kind: 'title', start: 0, end: 13 },
  { kind: 'paragraph', start: 14, end: 19 },
  { kind: 'paragraph', start: 20, end: text.length },
];
const hidden: HiddenLine[] = [
  { text: '首页 > 政务公开 > 某镇', reason: 'navigation', before: 0 },
  { text: '发布时间：2024-01-12', reason: 'publish-info', before: 1 },
  { text: '第 1 页', reason: 'page-number', before: 3 },
];

function stateWith(shown: boolean) {
  return EditorState.create({ doc: reportDocument(text, blocks), plugins: [hiddenLinesPlugin(hidden, (l) => `已隐藏：${l.reason}`, shown)] });
}

const widgetPositions = (state: EditorState) => hiddenLinesKey.getState(state)!.decorations.find().map((d) => d.from);

describe('hiddenLinesPlugin', () => {
  it('draws nothing while hidden', () => {
    expect(widgetPositions(stateWith(false))).toEqual([]);
  });

  it('draws one widget per line, before the block it preceded (or at the end), leaving the text alone', () => {
    const state = stateWith(true);
    const positions = blockPositions(state.doc);
    expect(widgetPositions(state)).toEqual([positions[0], positions[1], state.doc.content.size]);
    expect(state.doc.textBetween(0, state.doc.content.size, '\n')).toBe(text);
  });

  it('shows and hides with a transaction', () => {
    let state = stateWith(false);
    state = state.apply(setHiddenLinesShown(state.tr, true));
    expect(widgetPositions(state)).toHaveLength(3);
    state = state.apply(setHiddenLinesShown(state.tr, false));
    expect(widgetPositions(state)).toEqual([]);
  });
});
