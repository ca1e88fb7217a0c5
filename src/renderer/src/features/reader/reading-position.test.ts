import { describe, expect, it } from 'vitest';
import { isReadingPosition, isReportTop, readingPositionAt, readingPositionKey, scrollDelta, type BlockBox } from './reading-position';

/** Blocks of the given heights stacked from `top`, with `gap` between them. */
function layout(heights: number[], top = 100, gap = 10): BlockBox[] {
  const boxes: BlockBox[] = [];
  let y = top;
  for (const height of heights) {
    boxes.push({ top: y, bottom: y + height });
    y += height + gap;
  }
  return boxes;
}

describe('readingPositionAt', () => {
  const boxes = layout([40, 200, 100, 300]); // 100–140, 150–350, 360–460, 470–770
  const at = (line: number) => readingPositionAt(boxes.length, (block) => boxes[block]!, line);

  it.each([
    { name: 'above the first block: its start', line: 0, expected: { block: 0, within: 0 } },
    { name: 'inside a block: the fraction above the line', line: 200, expected: { block: 1, within: 0.25 } },
    { name: 'in the gap between blocks: the start of the next', line: 355, expected: { block: 2, within: 0 } },
    { name: 'exactly at a block’s bottom: the next block', line: 460, expected: { block: 3, within: 0 } },
    { name: 'past the last block: the end of the last', line: 900, expected: { block: 3, within: 1 } },
  ])('$name', ({ line, expected }) => {
    expect(at(line)).toEqual(expected);
  });

  it('is null for a report without blocks', () => {
    expect(readingPositionAt(0, () => ({ top: 0, bottom: 0 }), 0)).toBeNull();
  });

  it('measures only a logarithmic number of blocks', () => {
    const many = layout(Array.from({ length: 1024 }, () => 30));
    let measured = 0;
    readingPositionAt(many.length, (block) => (measured++, many[block]!), 20_000);
    expect(measured).toBeLessThanOrEqual(12);
  });
});

describe('scrollDelta', () => {
  it('brings the same place in the block back to the line after the text grew', () => {
    const before = layout([40, 200, 100]);
    const position = readingPositionAt(3, (block) => before[block]!, 200)!;
    const after = layout([60, 300, 150], 100);
    const delta = scrollDelta(position, after[1]!, 200);
    // Scrolled by delta, the block moves up by delta and the line falls a quarter into it again.
    const box = after[1]!;
    const moved = readingPositionAt(3, (block) => ({ top: after[block]!.top - delta, bottom: after[block]!.bottom - delta }), 200);
    expect(moved!.block).toBe(1);
    expect(moved!.within).toBeCloseTo(0.25, 9);
    expect(box.top - delta + 0.25 * (box.bottom - box.top)).toBeCloseTo(200, 9);
  });
});

describe('stored positions', () => {
  it('keys a position by report', () => {
    expect(readingPositionKey('r1')).toBe('reading-position:r1');
  });
  it.each([
    [{ block: 3, within: 0.5 }, true],
    [{ block: 0, within: 0 }, true],
    [{ block: -1, within: 0 }, false],
    [{ block: 1.5, within: 0 }, false],
    [{ block: 1, within: 2 }, false],
    [{ block: 1 }, false],
    [null, false],
    ['3', false],
  ])('%j is a position: %s', (value, expected) => {
    expect(isReadingPosition(value)).toBe(expected);
  });
  it('takes the start of the first block for the top of the report', () => {
    expect(isReportTop({ block: 0, within: 0 })).toBe(true);
    expect(isReportTop({ block: 0, within: 0.1 })).toBe(false);
  });
});
