/**
 * Citations: where in its report a passage stands, as an analyst writes it
 * under a quotation — the report, its place and year, the headings above the
 * passage and its paragraph number.
 */
import type { Block, PlaceLevel } from '../report/report';
import { reportOutline } from '../report/report-outline';
import type { Citation } from './excerpt';

/** The report facts a citation carries (a stored report record is one of these). */
export interface CitedReport {
  id: string;
  title: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  year: number | null;
}

/** A report's text and its blocks, as the importer made them (`ParsedReport.text` and `.blocks`). */
export interface ReportBody {
  text: string;
  blocks: readonly Block[];
}

/** Answers the citation of any offset of one report; see `citations`. */
export type CitationLookup = (offset: number) => Citation;

/**
 * A lookup of citations in one report, worked out once: the outline and the
 * paragraph numbers are gathered up front (O(blocks)), and each offset is then
 * answered by binary search (O(log blocks)), so a library's highlights can be
 * cited report by report without re-reading any report.
 *
 * The heading path of an offset is every heading of the outline that opens
 * before or at it and is still open there, outermost first, as written: a
 * heading stays open until a heading of the same or a higher level (a
 * smaller number). A run-in heading (`（一）坚持稳中求进。` opening a
 * paragraph) is a heading from its paragraph's start, so it heads its own
 * paragraph and the passages after it. An offset inside a heading counts as
 * under that heading. The paragraph is the 1-based number, over the report's
 * paragraph blocks only, of the block holding the offset; 0 when the offset is
 * in the title, a heading or a caption, on a "\n" between blocks or at the
 * very end.
 *
 * Throws a RangeError when the blocks are out of order, overlap or run past
 * the text; the lookup throws one for an offset that is not an integer in
 * `[0, text.length]`.
 */
export function citations(report: CitedReport, body: ReportBody): CitationLookup {
  const { text, blocks } = body;
  const starts: number[] = [];
  const paragraphs: number[] = [];
  let counted = 0;
  let lastEnd = 0;
  blocks.forEach((block, index) => {
    if (!Number.isInteger(block.start) || !Number.isInteger(block.end) || block.start < lastEnd || block.end < block.start || block.end > text.length) {
      throw new RangeError(`citations: block ${index} (${block.start}–${block.end}) is out of order, overlaps block ${index - 1} or runs past the text (${text.length})`);
    }
    lastEnd = block.end;
    starts.push(block.start);
    paragraphs.push(block.kind === 'paragraph' ? ++counted : 0);
  });

  const outline = reportOutline(body);
  const headingStarts = outline.map((heading) => heading.start);
  const paths: string[][] = [];
  const open: { level: number; text: string }[] = [];
  for (const heading of outline) {
    while (open.length > 0 && (open.at(-1) as { level: number }).level >= heading.level) open.pop();
    open.push(heading);
    paths.push(open.map((h) => h.text));
  }

  return (offset: number): Citation => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`citations: offset ${offset} is not an integer within the report's text (0–${text.length})`);
    }
    const blockIndex = lastAtOrBefore(starts, offset);
    const block = blockIndex < 0 ? undefined : blocks[blockIndex];
    const inside = block !== undefined && offset < block.end;
    const headingIndex = lastAtOrBefore(headingStarts, offset);
    return {
      reportId: report.id,
      reportTitle: report.title,
      place: report.place,
      placeLevel: report.placeLevel,
      year: report.year,
      headingPath: headingIndex < 0 ? [] : [...(paths[headingIndex] as string[])],
      paragraph: inside ? (paragraphs[blockIndex] as number) : 0,
    };
  };
}

/**
 * The citation of one offset of a report. For many offsets of the same
 * report, make the lookup once with `citations` instead.
 */
export function citationAt(report: CitedReport, body: ReportBody, offset: number): Citation {
  return citations(report, body)(offset);
}

/**
 * A citation as one line of plain text, as a Chinese reference writes it:
 * the report's title in book-title marks, then place, year (`2024年`), the
 * heading path joined by ' › ' and the paragraph (`第3段`), separated by
 * full-width commas (`《某某镇2024年政府工作报告》，某某镇，2024年，一、… › （一）…，第3段`).
 * A run-in heading's closing stop is left out of the path; a missing place
 * or year, an empty heading path and paragraph 0 are left out. Writers escape it for their format.
 */
export function citationLine(citation: Citation): string {
  const parts = [
    `《${citation.reportTitle}》`,
    citation.place ?? '',
    citation.year === null ? '' : `${citation.year}年`,
    citation.headingPath.map((heading) => heading.replace(/[。；：;:.]+$/u, '')).join(' › '),
    citation.paragraph > 0 ? `第${citation.paragraph}段` : '',
  ];
  return parts.filter((part) => part !== '').join('，');
}

/** The index of the last value ≤ `offset` in the ascending `values`, or -1 if there is none. */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
