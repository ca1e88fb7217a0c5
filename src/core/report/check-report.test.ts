import { describe, expect, it } from 'vitest';
import { checkReport } from './check-report';
import type { Block, ParsedReport } from './report';

/** A well-formed report of three lines, with blocks to break. */
function report(blocks: Block[], text = '某镇2023年政府工作报告\n一、回顾\n正文。'): ParsedReport {
  return {
    title: '某镇2023年政府工作报告',
    place: '某镇',
    placeLevel: '镇',
    region: null,
    year: 2023,
    date: null,
    published: null,
    speaker: null,
    source: null,
    author: null,
    summary: null,
    incomplete: false,
    text,
    blocks,
    hidden: [],
    warnings: [],
  };
}

const GOOD: Block[] = [
  { kind: 'title', start: 0, end: 13 },
  { kind: 'heading', level: 1, start: 14, end: 18 },
  { kind: 'paragraph', start: 19, end: 22 },
];

/** GOOD with block `i` changed. */
function withBlock(i: number, change: Partial<Block>): Block[] {
  return GOOD.map((block, j) => (j === i ? { ...block, ...change } : block));
}

describe('checkReport', () => {
  it('accepts a well-formed report, and an empty one', () => {
    expect(() => checkReport(report(GOOD))).not.toThrow();
    expect(() => checkReport(report([], ''))).not.toThrow();
  });

  it.each([
    ['text without blocks', report([]), /no blocks has 22 characters/],
    ['an empty block', report(withBlock(2, { end: 19 })), /Block 2 .* is empty/],
    ['a first block not at 0', report(withBlock(0, { start: 1 })), /Block 0 .* should start at 0/],
    ['overlapping blocks', report(withBlock(1, { start: 13 })), /Block 1 .* should start at 14/],
    ['a gap between blocks', report(withBlock(2, { start: 20 })), /Block 2 .* should start at 19/],
    ['blocks out of order', report([GOOD[0]!, GOOD[2]!, GOOD[1]!]), /Block 1 .* should start at 14/],
    ['a block past the end', report(withBlock(2, { end: 30 })), /runs past the end/],
    ['text after the last block', report(GOOD.slice(0, 2)), /last block ends at 18, but the text runs to 22/],
    ['a block holding a line break', report([{ kind: 'paragraph', start: 0, end: 3 }], 'a\nb'), /holds a line break/],
    ['a block not separated by "\\n"', report([{ kind: 'paragraph', start: 0, end: 1 }, { kind: 'paragraph', start: 2, end: 3 }], 'a b'), /not separated/],
    ['a block with edge whitespace', report([{ kind: 'paragraph', start: 0, end: 2 }], 'a\u3000'), /whitespace/],
    ['a second title', report(withBlock(2, { kind: 'title' })), /a second title/],
    ['a heading without level', report(withBlock(1, { level: undefined })), /heading without an integer level/],
    ['a heading at level 0', report(withBlock(1, { level: 0 })), /heading without an integer level/],
    ['a paragraph with a level', report(withBlock(2, { level: 2 })), /paragraph but has a level/],
  ])('throws a RangeError for %s', (_name, broken, message) => {
    expect(() => checkReport(broken)).toThrow(RangeError);
    expect(() => checkReport(broken)).toThrow(message);
  });
});
