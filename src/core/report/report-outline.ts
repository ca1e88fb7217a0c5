/**
 * A report's outline: its headings in reading order, standalone and run-in,
 * each with its level and its text as written (a run-in heading's text is
 * the first sentence of its paragraph).
 */
import type { Block, OutlineHeading } from './report';

/** The outline of a report's blocks over its text; the title is not part of it. */
export function reportOutline(report: { text: string; blocks: readonly Block[] }): OutlineHeading[] {
  return report.blocks.flatMap((block, index) => {
    if (block.kind === 'heading') {
      return [{ level: block.level ?? 1, text: report.text.slice(block.start, block.end), start: block.start, block: index }];
    }
    if (block.runIn) {
      return [{ level: block.runIn.level, text: report.text.slice(block.start, block.runIn.end), start: block.start, block: index }];
    }
    return [];
  });
}
