/**
 * Rejoining paragraphs cut by hard line wraps, page breaks and site chunks,
 * so a cut sentence reads whole: `……其中10年以上重复信访1` + `件。开展……`
 * is one paragraph, and `17` + `772元` is `17772元`.
 */
import { numberingOf } from './heading-style';
import type { HiddenPiece, KeptLine, WorkingLine } from './working-line';

/** What may close a paragraph: sentence ends, closing quotes and brackets, a colon. */
const CLOSES_PARAGRAPH = /[。！？!?；;：:…”’」』）)】〕\]]$/u;
/** Lines this short are headings, captions or front matter, never cut paragraphs. */
const MIN_CUT_LENGTH = 40;
/** A line that opens speech or a numbered item starts a paragraph of its own. */
const OPENS_PARAGRAPH = /^(?:各位代表|同志们|——|—)/u;
/**
 * A report's title alone on its line (`某镇2023年政府工作报告`, or a
 * compilation's `…工作报告汇编(19篇)`): the opening of a report in a
 * compilation, or a title repeated at a page end. It is never a piece of a
 * paragraph, whatever the line before it.
 */
const TITLE_LINE = /^[^，,。；;：:！？!?]{2,45}工作报告(?:汇编|选编)?(?:\s*[(（][^()（）]{1,6}[)）])?$/u;

/**
 * The typical width of a hard-wrapped file: the most common line length,
 * when at least a third of the long lines share it (±1) and hardly any line
 * is longer (a wrapped file has none). Null for files with one paragraph per
 * line, where many headings of a similar length must not pass for a width.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => Array.from(l).length).filter((n) => n >= 20);
  if (lengths.length < 6) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let bestShare = 0;
  for (const n of counts.keys()) {
    const share = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (share > bestShare) [best, bestShare] = [n, share];
  }
  const longer = lengths.filter((n) => n > best + 2).length;
  return bestShare * 3 >= lengths.length && longer * 20 <= lengths.length ? best : null;
}

/** Whether `line` was cut and `next` carries on its sentence. */
function isCut(line: KeptLine, next: KeptLine, width: number | null): boolean {
  if (line.role || next.role) return false;
  if (line.continues) return true;
  if (TITLE_LINE.test(line.text) || TITLE_LINE.test(next.text)) return false;
  if (CLOSES_PARAGRAPH.test(line.text)) return false;
  if (OPENS_PARAGRAPH.test(next.text) || numberingOf(next.text)) return false;
  const length = Array.from(line.text).length;
  if (width !== null) return length >= width - 2;
  return length >= MIN_CUT_LENGTH;
}

/** Joins two pieces of one sentence: a space between Latin words, nothing between CJK. */
function joinText(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Joins kept lines that continue one another into one line; hidden lines
 * met between the pieces (a page's running header) move before the joined
 * line, so nothing is lost and the paragraph reads whole.
 */
export function joinLines(lines: readonly WorkingLine[]): WorkingLine[] {
  const width = wrapWidth(lines.flatMap((l) => (l.kind === 'kept' ? [l.text] : [])));
  const out: WorkingLine[] = [];
  let open: KeptLine | null = null;
  let between: WorkingLine[] = [];
  const flush = () => {
    if (open) out.push(open);
    out.push(...between);
    open = null;
    between = [];
  };
  for (const line of lines) {
    if (line.kind === 'hidden') {
      if (open) between.push(line);
      else out.push(line);
      continue;
    }
    if (open && isCut(open, line, width)) {
      const removed: HiddenPiece[] = [...open.removed, ...line.removed];
      const joined: KeptLine = { ...open, text: joinText(open.text, line.text), removed, continues: line.continues };
      out.push(...between);
      between = [];
      open = joined;
      continue;
    }
    flush();
    open = line;
  }
  flush();
  return out;
}
