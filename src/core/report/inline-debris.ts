/**
 * Debris inside a line rather than on a line of its own: a newspaper's
 * continuation marks (`（下转第2版）`) and the invisible characters some
 * sites scatter through a text to spoil copying. They are taken out of the
 * line; a mark is kept as a hidden piece, invisible characters are counted.
 */
import type { HiddenPiece } from './working-line';

/** Where a newspaper article jumps pages: `（下转第2版）`, `(上接第一版)`, `（转第3页）`. */
const CONTINUATION_MARK = /[（(]\s*(?:下转|上接|转|接)\s*第?\s*[0-9一二三四五六七八九十]{1,3}\s*[版页]\s*[)）]/gu;
/** Characters that show nothing: zero-width spaces and joiners, word joiners, soft hyphens, stray BOMs. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** A line without its inline debris: the text, the marks taken out, and how many invisible characters went. */
export interface StrippedLine {
  text: string;
  removed: HiddenPiece[];
  invisible: number;
}

/** Takes continuation marks and invisible characters out of one line. */
export function stripInlineDebris(line: string): StrippedLine {
  const invisible = line.match(INVISIBLE)?.length ?? 0;
  const visible = invisible ? line.replace(INVISIBLE, '') : line;
  const removed = [...visible.matchAll(CONTINUATION_MARK)].map((m) => ({ text: m[0], reason: 'continuation-mark' }));
  const text = removed.length ? visible.replace(CONTINUATION_MARK, '') : visible;
  return { text: text.trim(), removed, invisible };
}
