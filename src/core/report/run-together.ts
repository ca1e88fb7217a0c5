/**
 * Text whose line breaks were lost (a document-sharing site's dump, a
 * copied PDF) runs its title and section headings into the paragraphs:
 * `……完成了各自的预期目标。二、存在问题及原因分析2023年，……`. This stage
 * cuts such lines at the headings it can recognise with confidence, so the
 * outline and the title are found again; the words are not changed.
 */
import type { KeptLine, WorkingLine } from './working-line';

/** Only long lines are suspected of running together. */
const MIN_LENGTH = 300;

/** A top-level section number: `二、` (it must open a sentence or follow the title). */
const SECTION_ANYWHERE = /([一二三四五六七八九十]{1,2}、)/gu;
/** Words a section heading ends with, and the longest heading. */
const HEADING_END = /^.{1,18}?(?:工作回顾|主要工作|工作推进情况|推进情况|工作情况|存在问题及原因分析|存在的问题|问题及原因分析|原因分析|工作谋划|工作安排|工作思路|目标任务|主要任务|总体要求|自身建设|工作打算|工作计划)/u;
/** A report's own title at the start of a run-together line. */
const LEADING_TITLE = /^.{2,40}?政府工作报告(?![》〉”"])/u;

/** Cuts one line at `cuts` (sorted offsets, inside the line). */
function cutAt(line: KeptLine, cuts: readonly number[]): KeptLine[] {
  const pieces: KeptLine[] = [];
  let from = 0;
  for (const to of [...cuts, line.text.length]) {
    const text = line.text.slice(from, to).trim();
    if (text) pieces.push({ ...line, text, removed: pieces.length === 0 ? line.removed : [], continues: false });
    from = to;
  }
  const last = pieces[pieces.length - 1];
  if (last) last.continues = line.continues;
  return pieces;
}

/** Offsets where one long line should be cut: before and after each heading, after a leading title. */
function cutsIn(text: string, first: boolean): number[] {
  const cuts = new Set<number>();
  const title = first ? LEADING_TITLE.exec(text)?.[0].length : undefined;
  if (title !== undefined) cuts.add(title);
  for (const match of text.matchAll(SECTION_ANYWHERE)) {
    const at = match.index;
    const opens = at === 0 || at === title || /[。！？!?；;]/u.test(text[at - 1]!);
    if (!opens) continue;
    const heading = HEADING_END.exec(text.slice(at + match[1]!.length));
    if (!heading) continue;
    const end = at + match[1]!.length + heading[0].length;
    if (at > 0) cuts.add(at);
    if (end < text.length) cuts.add(end);
  }
  return [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}

/**
 * Cuts run-together lines: long kept lines are cut before and after each
 * top-level section heading (`二、存在问题及原因分析`) that follows a
 * sentence end, and the first kept line is cut after a leading
 * `…政府工作报告` title. Other lines pass through unchanged.
 */
export function splitRunTogether(lines: readonly WorkingLine[]): WorkingLine[] {
  let firstKept = true;
  return lines.flatMap((line): WorkingLine[] => {
    if (line.kind !== 'kept') return [line];
    const first = firstKept;
    firstKept = false;
    if (Array.from(line.text).length < MIN_LENGTH || line.role) return [line];
    const cuts = cutsIn(line.text, first);
    return cuts.length ? cutAt(line, cuts) : [line];
  });
}
