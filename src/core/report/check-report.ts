/**
 * The invariants of a parsed report, checked: every parse ends here, so a
 * report that breaks them never leaves the importer.
 */
import type { ParsedReport } from './report';

/**
 * Throws a RangeError naming the first broken invariant of `report`:
 * blocks must be non-empty, in order, and tile `text` exactly, separated by
 * single "\n"s (the first starts at 0, the last ends at `text.length`); no
 * block holds a line break or starts or ends with whitespace; at most one
 * block is the title; headings, and only headings, have an integer
 * level ≥ 1. A report with no blocks must have empty text.
 */
export function checkReport(report: ParsedReport): void {
  const { text, blocks } = report;
  if (blocks.length === 0) {
    if (text !== '') throw new RangeError(`A report with no blocks has ${text.length} characters of text.`);
    return;
  }
  let expectedStart = 0;
  blocks.forEach((block, i) => {
    const { start, end, kind, level } = block;
    const where = `Block ${i} (${kind}, ${start}–${end})`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
      throw new RangeError(`${where} is empty or has non-integer offsets.`);
    }
    if (start !== expectedStart) {
      throw new RangeError(
        i === 0
          ? `${where} should start at 0: the first block starts the text.`
          : `${where} should start at ${expectedStart}, one "\\n" after block ${i - 1}.`,
      );
    }
    if (i > 0 && text[start - 1] !== '\n') {
      throw new RangeError(`${where} is not separated from block ${i - 1} by "\\n".`);
    }
    if (end > text.length) throw new RangeError(`${where} runs past the end of the text (${text.length}).`);
    const content = text.slice(start, end);
    if (content.includes('\n')) throw new RangeError(`${where} holds a line break.`);
    if (content.trim() !== content) throw new RangeError(`${where} starts or ends with whitespace.`);
    if (kind === 'title' && blocks.findIndex((b) => b.kind === 'title') !== i) {
      throw new RangeError(`${where} is a second title: a report has at most one.`);
    }
    if (kind === 'heading' && !(Number.isInteger(level) && (level ?? 0) >= 1)) {
      throw new RangeError(`${where} is a heading without an integer level ≥ 1.`);
    }
    if (kind !== 'heading' && level !== undefined) throw new RangeError(`${where} is a ${kind} but has a level.`);
    expectedStart = end + 1;
  });
  if (expectedStart - 1 !== text.length) {
    throw new RangeError(`The last block ends at ${expectedStart - 1}, but the text runs to ${text.length}.`);
  }
}
