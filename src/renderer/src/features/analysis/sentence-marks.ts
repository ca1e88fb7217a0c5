/**
 * A suggested sentence cut into runs of text, the keywords marked: what the
 * list draws with `<mark>`.
 */
import type { KeywordMatch } from '../../../../core/analysis/keyword-suggestions';

/** One run of the sentence: marked when it is (part of) a keyword. */
export interface SentenceRun {
  text: string;
  marked: boolean;
}

/**
 * `sentence` (which starts at `offset` in its report's text) as runs, the
 * keyword matches marked; overlapping or touching matches make one mark, and
 * matches outside the sentence are clipped to it.
 */
export function sentenceRuns(sentence: string, offset: number, matches: readonly Pick<KeywordMatch, 'start' | 'end'>[]): SentenceRun[] {
  const ranges = matches
    .map(({ start, end }) => ({ start: Math.max(0, start - offset), end: Math.min(sentence.length, end - offset) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const runs: SentenceRun[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; ) {
    const start = ranges[i]!.start;
    let end = ranges[i]!.end;
    for (i++; i < ranges.length && ranges[i]!.start <= end; i++) end = Math.max(end, ranges[i]!.end);
    if (start > at) runs.push({ text: sentence.slice(at, start), marked: false });
    runs.push({ text: sentence.slice(start, end), marked: true });
    at = end;
  }
  if (at < sentence.length) runs.push({ text: sentence.slice(at), marked: false });
  return runs;
}
