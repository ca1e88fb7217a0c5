/**
 * Between offsets in a report's plain text (UTF-16 code units, what
 * selectors store) and positions in its ProseMirror document. Each block's
 * node holds exactly `text.slice(block.start, block.end)`, so inside a block
 * the two differ by a constant; the text between blocks (line breaks) has no
 * position of its own and is taken to the nearest block edge.
 */
import type { Block } from '../../../../core/report/report';

/** Where each block's text begins in the document: its node's start + 1. */
export class TextPositions {
  private readonly contentStarts: number[];

  /**
   * `blockStarts` are the document positions where each block's node starts
   * (`blockPositions(doc)` without its final entry), `blocks` the report's blocks.
   */
  constructor(
    private readonly blocks: readonly Block[],
    blockStarts: readonly number[],
  ) {
    if (blockStarts.length < blocks.length) throw new RangeError(`TextPositions: ${blocks.length} blocks but ${blockStarts.length} block positions`);
    this.contentStarts = blocks.map((_, index) => (blockStarts[index] as number) + 1);
  }

  /**
   * The document position of a text offset. An offset between blocks goes to
   * the start of the next block (`bias` 1, for a range's start) or to the end
   * of the previous one (`bias` -1, for a range's end). Null when the report
   * has no blocks.
   */
  position(offset: number, bias: 1 | -1 = 1): number | null {
    const { blocks } = this;
    if (blocks.length === 0) return null;
    // The first block whose end is at or after the offset.
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((blocks[middle] as Block).end < offset) low = middle + 1;
      else high = middle;
    }
    let index = low;
    let block = blocks[index] as Block;
    if (offset < block.start || offset > block.end) {
      // Between blocks (or past the last): snap to an edge.
      if (bias === -1 && index > 0 && offset < block.start) {
        index -= 1;
        block = blocks[index] as Block;
        return (this.contentStarts[index] as number) + (block.end - block.start);
      }
      if (offset > block.end) return (this.contentStarts[index] as number) + (block.end - block.start);
      return this.contentStarts[index] as number;
    }
    return (this.contentStarts[index] as number) + (offset - block.start);
  }

  /** The text offset of a document position; a position outside any block's text goes to the nearest edge. */
  offset(position: number): number {
    const { blocks, contentStarts } = this;
    if (blocks.length === 0) return 0;
    let low = 0;
    let high = blocks.length - 1;
    // The last block whose content starts at or before the position.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((contentStarts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    const block = blocks[low] as Block;
    const within = position - (contentStarts[low] as number);
    return block.start + Math.max(0, Math.min(block.end - block.start, within));
  }
}
