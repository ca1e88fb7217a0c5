/**
 * What each kept line of one report's body is: a heading (standalone or
 * run-in, with its numbering style), a photo caption, or a paragraph. The
 * rules read the words and shape of the line and its neighbours, the way an
 * analyst would, and never the file it came from.
 */
import { numberingOf, type HeadingStyle } from './heading-style';
import type { KeptLine } from './working-line';

/** The role of one line. `runInEnd` marks a run-in heading: the line's first sentence. */
export type LineRole =
  | { kind: 'heading'; style: HeadingStyle; level?: number; runInEnd?: number }
  | { kind: 'caption' }
  | { kind: 'paragraph' };

/** The longest standalone heading, in characters. */
const MAX_HEADING = 45;
/** The longest unnumbered heading or caption. */
const MAX_PLAIN = 32;
/** The longest first sentence that can be a run-in heading. */
const MAX_RUN_IN = 45;

/** A line ending so is prose, not a heading. */
const PROSE_END = /[。；;，,：:！!？?、]$/u;
/** Where a first sentence ends. */
const SENTENCE_END = /[。！？!?]/u;
/** Speech to the deputies and the like: always a paragraph. */
const SPEECH = /^(?:各位代表|同志们|各位委员|现在，?我代表)/u;
/** Two clauses: a comma or 、 inside, or a space between two runs of Chinese. */
const CLAUSES = /[，,、；;]|\p{Script=Han}\s+\p{Script=Han}/u;
/** Words a section heading ends with. */
const HEADING_TAIL = /(?:回顾|安排|思路|任务|目标|计划|要求|部署|成效|情况|问题|总结|展望|举措|措施|主要工作|重点工作|工作重点|自身建设|分析|谋划)$/u;
/** Punctuation that a caption does not hold (quotation marks and title marks it may). */
const PUNCTUATION = /(?![“”‘’《》"'])\p{P}/u;
/** Styles that number sections rather than list items. */
const SECTION_STYLES: ReadonlySet<HeadingStyle> = new Set(['part', 'cn', 'cn-paren']);
/** Items of a glossary or notes section are not report headings. */
const NOTES_HEAD = /^(?:名词解释|注释|附注|附件|附表|附[:：]|注[:：])/u;

const length = (text: string) => Array.from(text).length;

/** A standalone unnumbered line short enough and shaped like a heading: no sentence ends in it (`…示范乡。”`). */
function plainHeadingShape(text: string): boolean {
  return length(text) <= MAX_PLAIN && !PROSE_END.test(text) && !SENTENCE_END.test(text) && !SPEECH.test(text);
}

/**
 * The roles of a report body's kept lines. `lines` exclude the title and
 * front matter. A numbered short line is a heading; a numbered paragraph
 * whose first sentence is short has a run-in heading; an unnumbered short
 * line is a heading when it reads as one (two clauses, a section word at its
 * end, or the same opening as another such line), else a caption when it
 * stands between paragraphs with no punctuation at all. Numbered lines after
 * a glossary or notes heading are notes, not headings.
 */
export function lineRoles(lines: readonly KeptLine[]): LineRole[] {
  let inNotes = false;
  const roles = lines.map((line): LineRole => {
    const text = line.text;
    if (line.role === 'heading') return { kind: 'heading', style: 'plain', level: line.level ?? 1 };
    if (SPEECH.test(text)) return { kind: 'paragraph' };
    if (NOTES_HEAD.test(text)) {
      inNotes = true;
      return length(text) <= MAX_PLAIN ? { kind: 'heading', style: 'plain' } : { kind: 'paragraph' };
    }
    const numbering = numberingOf(text);
    if (numbering && !inNotes) {
      if (length(text) <= MAX_HEADING && !PROSE_END.test(text)) return { kind: 'heading', style: numbering.style };
      // A short numbered sentence standing alone, `（一）打造要素支撑体系。`, is a section heading too.
      const oneSentence = SENTENCE_END.exec(text)?.index === text.length - 1;
      if (length(text) <= MAX_HEADING && oneSentence && /。$/u.test(text) && SECTION_STYLES.has(numbering.style)) {
        return { kind: 'heading', style: numbering.style };
      }
      const first = SENTENCE_END.exec(text.slice(numbering.end));
      if (first) {
        const end = numbering.end + first.index + 1;
        if (length(text.slice(numbering.end, end)) <= MAX_RUN_IN && end < text.length) {
          return { kind: 'heading', style: numbering.style, runInEnd: end };
        }
      }
      return { kind: 'paragraph' };
    }
    return { kind: 'paragraph' };
  });

  // Unnumbered headings and captions need the neighbours: decide them in a second pass.
  const candidates = lines.map((line, i) => roles[i]!.kind === 'paragraph' && !numberingOf(line.text) && plainHeadingShape(line.text));
  const openings = new Map<string, number>();
  lines.forEach((line, i) => {
    if (candidates[i] && CLAUSES.test(line.text)) openings.set(line.text.slice(0, 2), (openings.get(line.text.slice(0, 2)) ?? 0) + 1);
  });
  lines.forEach((line, i) => {
    if (!candidates[i]) return;
    const text = line.text;
    const parallel = (openings.get(text.slice(0, 2)) ?? 0) >= 2;
    if (CLAUSES.test(text) || HEADING_TAIL.test(text) || parallel) {
      roles[i] = { kind: 'heading', style: 'plain' };
    } else if (!PUNCTUATION.test(text) && i > 0 && i < lines.length - 1) {
      roles[i] = { kind: 'caption' };
    }
  });
  return roles;
}
