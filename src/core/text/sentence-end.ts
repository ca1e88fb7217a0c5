/**
 * Where a sentence of a report ends: after 。！？； (or their half-width
 * forms !?;), however many stand in a row (`真的吗？！`), together with the
 * closing quotes and brackets right after them (`……。”`). The keyword
 * suggestions cut a report into sentences by this rule (`sentenceSpans`),
 * and the 摘录 view shows the sentences around an excerpt by it
 * (`excerptContext`), so both agree on what a sentence is. Line breaks are
 * left to the callers: each decides what a line means to it.
 */

/** Marks that end a sentence: 。！？； and their half-width forms. */
const END_MARKS: ReadonlySet<string> = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Closing quotes and brackets that stay with the sentence they close (`。”`, `。）`). */
const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〕', ']', '"', "'"]);

/** True when `char` (one code unit) is a mark that ends a sentence. */
export function isSentenceEnd(char: string | undefined): boolean {
  return char !== undefined && END_MARKS.has(char);
}

/** True when `char` (one code unit) is a closing quote or bracket, which belongs to the sentence ending before it. */
export function isSentenceCloser(char: string | undefined): boolean {
  return char !== undefined && CLOSERS.has(char);
}

/**
 * Where the sentence whose end mark stands at `at` ends: just past that
 * mark, the end marks right after it and the closers after those, never past
 * `limit` (default the end of the text). `at` itself when no end mark stands
 * there.
 */
export function sentenceEndAt(text: string, at: number, limit = text.length): number {
  let end = at;
  if (end >= limit || !isSentenceEnd(text[end])) return end;
  while (end < limit && isSentenceEnd(text[end])) end++;
  while (end < limit && isSentenceCloser(text[end])) end++;
  return end;
}
