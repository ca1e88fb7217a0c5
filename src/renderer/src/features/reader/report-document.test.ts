import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/report/report';
import { blockPositions, reportDocument } from './report-document';

describe('reportDocument', () => {
  const text = '某镇2024年政府工作报告\n一、工作回顾\n各位代表：全年完成投资5.2亿元。';
  const blocks: Block[] = [
    { kind: 'title', start: 0, end: 13 },
    { kind: 'heading', level: 1, start: 14, end: 20 },
    { kind: 'paragraph', start: 21, end: text.length },
  ];

  it('makes one node per block, with the block text', () => {
    const doc = reportDocument(text, blocks);
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).type.name).toBe('title');
    expect(doc.child(1).type.name).toBe('heading');
    expect(doc.child(1).attrs.level).toBe(1);
    expect(doc.child(2).textContent).toBe('各位代表：全年完成投资5.2亿元。');
    expect(doc.textBetween(0, doc.content.size, '\n')).toBe(text);
  });

  it('gives a valid document for a report without blocks', () => {
    const doc = reportDocument('', []);
    expect(() => doc.check()).not.toThrow();
    expect(doc.childCount).toBe(1);
  });

  describe('captions and run-in headings', () => {
    const lines = ['某镇2024年政府工作报告', '（一）经济稳步增长。全年完成地区生产总值12.5亿元。', '图为新建的农贸市场', '（二）民生持续改善。', '全镇上下要坚定信心。'];
    const full = lines.join('\n');
    const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
    const span = (i: number) => ({ start: starts[i]!, end: starts[i]! + lines[i]!.length });
    const mixed: Block[] = [
      { kind: 'title', ...span(0) },
      { kind: 'paragraph', runIn: { level: 2, end: starts[1]! + 10 }, ...span(1) },
      { kind: 'caption', ...span(2) },
      // A run-in heading that is the whole paragraph.
      { kind: 'paragraph', runIn: { level: 2, end: span(3).end }, ...span(3) },
      { kind: 'paragraph', ...span(4) },
    ];

    it('keeps the text exactly: textBetween gives the report text back', () => {
      const doc = reportDocument(full, mixed);
      expect(() => doc.check()).not.toThrow();
      expect(doc.textBetween(0, doc.content.size, '\n')).toBe(full);
    });

    it('makes a caption node for a caption block', () => {
      const doc = reportDocument(full, mixed);
      expect(doc.child(2).type.name).toBe('caption');
      expect(doc.child(2).textContent).toBe('图为新建的农贸市场');
    });

    it('marks the run-in heading as the first part of its paragraph, at its level', () => {
      const doc = reportDocument(full, mixed);
      const paragraph = doc.child(1);
      expect(paragraph.type.name).toBe('paragraph');
      expect(paragraph.childCount).toBe(2);
      expect(paragraph.child(0).text).toBe('（一）经济稳步增长。');
      expect(paragraph.child(0).marks.map((m) => [m.type.name, m.attrs.level])).toEqual([['runin', 2]]);
      expect(paragraph.child(1).text).toBe('全年完成地区生产总值12.5亿元。');
      expect(paragraph.child(1).marks).toEqual([]);
      expect(doc.child(3).childCount).toBe(1);
      expect(doc.child(3).child(0).marks.map((m) => m.type.name)).toEqual(['runin']);
    });

    it('tells where each block starts, and the end after the last', () => {
      const doc = reportDocument(full, mixed);
      const positions = blockPositions(doc);
      expect(positions).toHaveLength(mixed.length + 1);
      expect(positions[0]).toBe(0);
      expect(positions[mixed.length]).toBe(doc.content.size);
      positions.slice(0, -1).forEach((pos, i) => expect(doc.nodeAt(pos)!.textContent).toBe(lines[i]));
    });
  });
});
