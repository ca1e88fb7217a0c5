import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/report/report';
import { blockPositions, reportDocument } from './report-document';
import { TextPositions } from './text-offsets';

const text = '标题\n一、总体情况\n今年全镇经济平稳。\n\n二、工作安排\n抓好安全生产。';
function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of source.split('\n')) {
    if (line) blocks.push({ kind: blocks.length === 0 ? 'title' : line.includes('、') ? 'heading' : 'paragraph', level: 1, start, end: start + line.length } as Block);
    start += line.length + 1;
  }
  return blocks;
}

describe('TextPositions', () => {
  const blocks = blocksOf(text);
  const doc = reportDocument(text, blocks);
  const positions = new TextPositions(blocks, blockPositions(doc));

  it('maps every offset inside a block to the position holding that character, and back', () => {
    for (const block of blocks) {
      for (let offset = block.start; offset < block.end; offset += 1) {
        const position = positions.position(offset) as number;
        expect(doc.textBetween(position, position + 1)).toBe(text[offset]);
        expect(positions.offset(position)).toBe(offset);
      }
    }
  });

  it('gives a range the document text of its passage, across blocks', () => {
    const start = text.indexOf('经济');
    const end = text.indexOf('安全') + 2;
    const from = positions.position(start, 1) as number;
    const to = positions.position(end, -1) as number;
    expect(doc.textBetween(from, to, '\n')).toBe(text.slice(start, end).replace('\n\n', '\n'));
  });

  it('snaps an offset between blocks forward for a start and back for an end', () => {
    const gap = text.indexOf('\n\n') + 1; // the empty line between the paragraphs
    const next = blocks.find((block) => block.start > gap) as Block;
    const previous = [...blocks].reverse().find((block) => block.end <= gap) as Block;
    expect(positions.offset(positions.position(gap, 1) as number)).toBe(next.start);
    expect(positions.offset(positions.position(gap, -1) as number)).toBe(previous.end);
  });

  it('clamps offsets past the end and positions outside the content', () => {
    const last = blocks.at(-1) as Block;
    expect(positions.offset(positions.position(text.length + 5) as number)).toBe(last.end);
    expect(positions.offset(0)).toBe(0);
    expect(positions.offset(doc.content.size)).toBe(last.end);
  });

  it('has no position in a report without blocks', () => {
    expect(new TextPositions([], [0]).position(3)).toBeNull();
  });
});
