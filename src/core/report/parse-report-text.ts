/**
 * Text → report: lines, then blocks, then the metadata the title gives.
 */
import type { Block, ParsedReport } from './report';
import { checkReport } from './check-report';
import { headingLevel } from './heading-level';
import { reportLines } from './report-lines';
import { reportPlace } from './report-place';
import { findTitleLine, readTitle } from './report-title';
import { reportYear } from './report-year';

/**
 * Parses one report's text. The text becomes its trimmed non-blank lines
 * (see `reportLines`) joined by "\n", and each line one block: the title
 * line (see `findTitleLine`) is the title block if it reads as a title
 * (see `readTitle`), lines
 * that open with a section number are headings (see `headingLevel`), and all
 * others are paragraphs. Year, place and place level come from the title
 * (see `reportYear`, `reportPlace`) and are null when it does not name them.
 * Throws a RangeError for text with no non-blank line: that is not a report.
 */
export function parseReportText(text: string): ParsedReport {
  const lines = reportLines(text);
  if (lines.length === 0) {
    throw new RangeError('Cannot parse a report from blank text: it has no non-blank line.');
  }
  const titleIndex = findTitleLine(lines);
  const { title, lineIsTitle } = readTitle(lines[titleIndex]!);

  const blocks: Block[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    const end = start + line.length;
    const level = headingLevel(line);
    if (i === titleIndex && lineIsTitle) blocks.push({ kind: 'title', start, end });
    else if (level !== null) blocks.push({ kind: 'heading', level, start, end });
    else blocks.push({ kind: 'paragraph', start, end });
    start = end + 1;
  });

  const report: ParsedReport = {
    title,
    ...reportPlace(title),
    year: reportYear(title),
    text: lines.join('\n'),
    blocks,
  };
  checkReport(report);
  return report;
}
