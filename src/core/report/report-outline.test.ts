import { describe, expect, it } from 'vitest';
import type { Block } from './report';
import { reportOutline } from './report-outline';

describe('reportOutline', () => {
  it('lists headings and run-in headings with their levels and blocks, never the title', () => {
    const lines = ['某镇2024年政府工作报告', '一、工作回顾', '（一）经济稳步增长。全年增长6%。', '图为农贸市场', '普通段落。', '二、工作安排'];
    const text = lines.join('\n');
    let at = 0;
    const span = lines.map((line) => {
      const s = { start: at, end: at + line.length };
      at += line.length + 1;
      return s;
    });
    const blocks: Block[] = [
      { kind: 'title', ...span[0]! },
      { kind: 'heading', level: 1, ...span[1]! },
      { kind: 'paragraph', runIn: { level: 2, end: span[2]!.start + 10 }, ...span[2]! },
      { kind: 'caption', ...span[3]! },
      { kind: 'paragraph', ...span[4]! },
      { kind: 'heading', level: 1, ...span[5]! },
    ];
    expect(reportOutline({ text, blocks })).toEqual([
      { block: 1, level: 1, text: '一、工作回顾', start: span[1]!.start },
      { block: 2, level: 2, text: '（一）经济稳步增长。', start: span[2]!.start },
      { block: 5, level: 1, text: '二、工作安排', start: span[5]!.start },
    ]);
  });

  it('is empty for a report without headings', () => {
    expect(reportOutline({ text: '标题\n正文', blocks: [{ kind: 'title', start: 0, end: 2 }, { kind: 'paragraph', start: 3, end: 5 }] })).toEqual([]);
  });
});
