/**
 * A report's highlights turned into excerpts: each placed in the report's
 * current text, given its passage and its citation; those that cannot be
 * placed named as orphans.
 */
import { reanchorAll } from '../anchoring/reanchor-all';
import type { HighlightSelectors } from '../anchoring/selectors';
import { citations, type CitedReport, type ReportBody } from './citation';
import type { Excerpt } from './excerpt';

/** What an excerpt is made from: a stored highlight of the report (the renderer's `HighlightRecord` is one). */
export interface ExcerptHighlight {
  id: string;
  themeIds: readonly string[];
  note: string;
  selectors: HighlightSelectors;
  /** Hash of the text the selectors were made against (SHA-256 hex in the app). */
  textHash: string;
  createdAt: string;
  updatedAt: string;
}

/** A report's excerpts, and the highlights that could not be placed. */
export interface ReportExcerpts {
  /** In reading order: by start, the longer passage first where two start together, then in the order given. */
  excerpts: Excerpt[];
  /** Ids of the highlights whose passage is no longer in the text, in the order given: to be shown, never dropped. */
  orphans: string[];
}

/**
 * The excerpts of one report's highlights. A highlight is placed the
 * Hypothesis way: when it was made against this very text (its `textHash`
 * equals `textHash`) and its quote still stands at its position, the position
 * is taken as it is; otherwise `anchor` looks for the passage (position with
 * context, then the quote, then a fuzzy match), through `reanchorAll`, so the
 * search for each starts where the text moved to for the one before. A
 * highlight that cannot be placed is an orphan. Anchoring costs up to O(text)
 * a highlight: a caller that finds the text changed should also store the
 * new places (`reanchorAll`), so the next call takes the fast path.
 *
 * The excerpt's `text` is the passage as the report's text now has it (after
 * a fuzzy match it may differ a little from the stored quote), and its
 * citation is that of its start (`citations`). The highlights are expected to
 * be the report's own; nothing here can tell. Throws a RangeError if the
 * report's blocks are out of order (see `citations`).
 */
export function excerptsOfReport(report: CitedReport, body: ReportBody, highlights: readonly ExcerptHighlight[], textHash: string): ReportExcerpts {
  const { text } = body;
  const cite = citations(report, body);
  const ranges = highlights.map((highlight) => (highlight.textHash === textHash && standsAtPosition(text, highlight.selectors) ? highlight.selectors.position : null));
  const lost = highlights.flatMap((highlight, index) => (ranges[index] === null ? [index] : []));
  reanchorAll(
    text,
    lost.map((index) => (highlights[index] as ExcerptHighlight).selectors),
  ).forEach((result, at) => {
    if (result.status === 'anchored') ranges[lost[at] as number] = result.selectors.position;
  });

  const excerpts: Excerpt[] = [];
  const orphans: string[] = [];
  highlights.forEach((highlight, index) => {
    const range = ranges[index];
    if (!range) {
      orphans.push(highlight.id);
      return;
    }
    excerpts.push({
      highlightId: highlight.id,
      text: text.slice(range.start, range.end),
      start: range.start,
      end: range.end,
      themeIds: [...highlight.themeIds],
      note: highlight.note,
      createdAt: highlight.createdAt,
      updatedAt: highlight.updatedAt,
      citation: cite(range.start),
    });
  });
  excerpts.sort((a, b) => a.start - b.start || b.end - a.end);
  return { excerpts, orphans };
}

/** True when the quote stands verbatim at the stored position (the context need not be checked in the very same text). */
function standsAtPosition(text: string, { position, quote }: HighlightSelectors): boolean {
  return (
    quote.exact.length > 0 &&
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.end - position.start === quote.exact.length &&
    text.startsWith(quote.exact, position.start)
  );
}
