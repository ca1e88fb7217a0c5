/**
 * A report's title: which line carries it, and the title as the library
 * shows it.
 */
import { numberingOf } from './heading-style';

/** The longest first line, in characters, that is taken as the title line. */
export const TITLE_MAX_LENGTH = 60;

/** What the first line says about the title. */
export interface TitleReading {
  /** The title for the library: never empty for a non-blank line. */
  title: string;
  /** Whether the first line is the title block; if not, it is read as body text. */
  lineIsTitle: boolean;
}

/** `…工作报告` inside a longer line, e.g. in `《2024年某镇政府工作报告.docx》由会员分享`. */
const REPORT_NAME = /[^\s《》〈〉“”"'‘’「」『』【】[\]()（）:：,，。；;、!！?？.]{1,40}?工作报告/u;

/** How many leading lines may hold the title, above it only site debris. */
export const TITLE_SEARCH_LINES = 10;

/** Fewest CJK characters a title line has: `-` or a lone date is not a title. */
const MIN_TITLE_HAN = 4;

/** Site navigation such as `政务公开 > 某某镇 > 其他法定信息`. */
const NAVIGATION = /[>›»|]/u;

/** A line ending like a sentence or a clause is prose, not a title. */
const PROSE_ENDING = /[。；！？，：;!?,:]$/u;

/** A line short enough, and worded like, a title: no heading, speech, navigation or prose. */
function looksLikeTitle(line: string): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return (
    han >= MIN_TITLE_HAN &&
    Array.from(line).length <= TITLE_MAX_LENGTH &&
    numberingOf(line) === null &&
    !line.startsWith('各位代表') &&
    !NAVIGATION.test(line) &&
    !PROSE_ENDING.test(line)
  );
}

/**
 * Which of a report's lines carries its title: among the first
 * TITLE_SEARCH_LINES lines, the first that looks like a title and names a
 * `…报告`; else the first that looks like a title; else the first line.
 * Lines above it (site menus, breadcrumbs, a stray `-`) stay body text for
 * now; hiding them as debris is the importer's deeper work.
 */
export function findTitleLine(lines: readonly string[]): number {
  const head = lines.slice(0, TITLE_SEARCH_LINES);
  const named = head.findIndex((line) => looksLikeTitle(line) && line.includes('报告'));
  if (named >= 0) return named;
  const titled = head.findIndex(looksLikeTitle);
  return titled >= 0 ? titled : 0;
}

/**
 * The first `…工作报告` a line names (`《2024年某镇政府工作报告.docx》由会员分享…`
 * → `2024年某镇政府工作报告`), or null: how a site's note about the file
 * names a report whose body has no title line.
 */
export function reportNameIn(line: string): string | null {
  return REPORT_NAME.exec(line)?.[0] ?? null;
}

/** Where a first sentence ends. */
const SENTENCE_END = /[。！？；!?;]/u;

/**
 * Reads the title from the first non-blank line of a report. The line is the
 * title block when it is at most TITLE_MAX_LENGTH characters, is not a
 * heading and does not open `各位代表`; the title is then the line itself,
 * un-spaced (see `unspaceTitle`). Otherwise the line is body text and the
 * title is derived from it: the first `…工作报告` name in it if there is
 * one, else its first sentence cut to TITLE_MAX_LENGTH characters.
 */
export function readTitle(firstLine: string): TitleReading {
  const line = firstLine.trim();
  if (line === '') {
    throw new RangeError('readTitle needs the first non-blank line of a report, but was given a blank one.');
  }
  const isTitle =
    Array.from(line).length <= TITLE_MAX_LENGTH && numberingOf(line) === null && !line.startsWith('各位代表');
  if (isTitle) return { title: unspaceTitle(line), lineIsTitle: true };
  const name = REPORT_NAME.exec(line)?.[0];
  const sentence = line.split(SENTENCE_END)[0]?.trim() || line;
  const title = name ?? Array.from(sentence).slice(0, TITLE_MAX_LENGTH).join('').trim();
  return { title: unspaceTitle(title), lineIsTitle: false };
}

/**
 * Closes up a letter-spaced title, `政 府 工 作 报 告` → `政府工作报告`: the
 * whitespace between three or more single characters in a row goes; any
 * other whitespace stays. Only the title field is un-spaced; the report's
 * text keeps the line as the file has it.
 */
export function unspaceTitle(title: string): string {
  const parts = title.split(/(\s+)/u); // words at even indices, spaces at odd
  const single = (i: number): boolean => Array.from(parts[i] ?? '').length === 1;
  // The run of single-character words each word belongs to.
  const runLength: number[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (!single(i)) continue;
    let end = i;
    while (end + 2 < parts.length && single(end + 2)) end += 2;
    const length = (end - i) / 2 + 1;
    for (let j = i; j <= end; j += 2) runLength[j] = length;
    i = end;
  }
  return parts
    .map((part, i) => (i % 2 === 1 && (runLength[i - 1] ?? 0) >= 3 && (runLength[i + 1] ?? 0) >= 3 ? '' : part))
    .join('');
}
