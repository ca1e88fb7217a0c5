import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/report/report';
import { reportDocument } from './report-document';

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
});
