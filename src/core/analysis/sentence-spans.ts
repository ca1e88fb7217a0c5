/**
 * A report's text cut into sentences, for suggestions to propose whole
 * sentences. Offsets count UTF-16 code units of the text, as highlights do.
 */
import { isSentenceEnd, sentenceEndAt } from '../text/sentence-end';

/** One sentence: `[start, end)` in the text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Blank characters trimmed from either end of a sentence (a line's indent, the full-width space). */
const BLANK = /[\s\u3000\u00a0\ufeff]/;

/**
 * The sentences of `text`, in order: a sentence ends after its end marks
 * and closers (`sentenceEndAt`: 。！？； or !?;, however many in a row, and
 * any closing quotes or brackets right after them), and at every line break
 * (a paragraph or heading line ends its sentence; the break belongs to
 * none). Blank characters at either end are left out, and a sentence that
 * would be blank is no sentence.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && BLANK.test(text[start]!)) start++;
    while (end > start && BLANK.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') {
      push(start, at);
      at++;
      start = at;
      continue;
    }
    if (isSentenceEnd(char)) {
      at = sentenceEndAt(text, at);
      push(start, at);
      start = at;
      continue;
    }
    at++;
  }
  push(start, at);
  return spans;
}
