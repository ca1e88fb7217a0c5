/**
 * Compilations (汇编): one file holding a table of contents and several
 * report bodies. Each body becomes a report of its own; titles the table
 * lists but the file lacks are reported missing, never made into empty
 * reports; a title repeated at a page end is not a new report.
 */
import type { Compilation } from './report';
import { readNumber, readVenue } from './front-matter';
import type { HiddenLineItem, KeptLine, WorkingLine } from './working-line';
import { hidden } from './working-line';

/** What splitting a file's lines gives. */
export interface CompilationSplit {
  compilation: Compilation | null;
  /** The lines of each report, in order. */
  reports: WorkingLine[][];
  /** Lines outside every report (cover, table of contents), hidden. */
  outside: WorkingLine[];
}

const TOC_HEAD = /^目\s*录$/u;
/** A table-of-contents entry: a number and/or a page number around a title. */
const TOC_ENTRY = /^(?:(\d{1,3})\s*[.、．]\s*)?(.+?)(?:\s*[.…·]{2,}\s*|\s+)?(\d{1,4})?$/u;
const BARE_NUMBER = /^\d{1,3}\s*[.、．]?$/u;
const REPORT_TITLE = /工作报告$/u;
const SPEECH_START = /^(?:各位代表|现在，?我代表|现在,?我代表|同志们)/u;
const DECLARED = /[(（]\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*篇\s*[)）]|([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*篇/u;
/** How far after a title its speech must begin for it to open a report. */
const OPENING_WINDOW = 4;

/** A title reduced for comparison: no spaces, no 人民政府. */
function titleKey(title: string): string {
  return title.replace(/\s+/gu, '').replace(/人民政府/gu, '');
}

const han = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** A kept line hidden whole, the pieces already taken out of it (a site's chunk number) kept before it. */
function hideKept(line: KeptLine, reason: string): HiddenLineItem[] {
  return [...line.removed.map((piece) => hidden(piece.text, piece.reason)), hidden(line.text, reason)];
}

/** The table of contents after `head`: the titles it lists and the index after it. */
function readContents(lines: readonly WorkingLine[], head: number): { listed: string[]; end: number } {
  const listed: string[] = [];
  let i = head + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'hidden') continue;
    if (BARE_NUMBER.test(line.text)) continue;
    const entry = TOC_ENTRY.exec(line.text);
    const numbered = entry?.[1] !== undefined || BARE_NUMBER.test(previousKept(lines, i)?.text ?? '');
    if (!entry || han(entry[2]!) < 4 || (!numbered && entry[3] === undefined)) break;
    listed.push(entry[2]!.trim());
  }
  return { listed, end: i };
}

function previousKept(lines: readonly WorkingLine[], i: number): KeptLine | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (line.kind === 'kept') return line;
  }
  return undefined;
}

/**
 * Whether the report speech (or its venue line) begins within a few kept
 * lines after `i`, before another report title: speech after the next title
 * opens that report, not this one.
 */
function opensReport(lines: readonly WorkingLine[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < OPENING_WINDOW; j++) {
    const line = lines[j]!;
    if (line.kind === 'hidden') continue;
    seen += 1;
    if (SPEECH_START.test(line.text) || readVenue(line.text)) return true;
    if (REPORT_TITLE.test(line.text) && Array.from(line.text).length <= 45) return false;
  }
  return false;
}

/**
 * Splits a file's lines into reports. A line opens a report when it is a
 * report title (listed in the table of contents, or ending in 工作报告, not
 * a 汇编 title) and the speech begins right after it. With two openings or
 * more, or a table of contents and at least one, the file is a compilation;
 * otherwise all lines are one report. Inside a report, a line repeating its
 * title or the compilation's title is hidden as 'repeated-title'.
 */
export function splitCompilation(lines: readonly WorkingLine[]): CompilationSplit {
  const tocHead = lines.findIndex((l) => l.kind === 'kept' && TOC_HEAD.test(l.text));
  const contents = tocHead >= 0 ? readContents(lines, tocHead) : { listed: [], end: 0 };
  const listedKeys = new Set(contents.listed.map(titleKey));

  const openings: number[] = [];
  for (let i = contents.end; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'kept' || Array.from(line.text).length > 45 || line.text.includes('汇编')) continue;
    const listed = listedKeys.has(titleKey(line.text));
    if ((listed || REPORT_TITLE.test(line.text)) && opensReport(lines, i)) openings.push(i);
  }
  const isCompilation = openings.length >= 2 || (contents.listed.length > 0 && openings.length >= 1);
  if (!isCompilation) return { compilation: null, reports: [[...lines]], outside: [] };

  const front = lines.slice(0, openings[0]);
  const compilationTitle =
    front.find((l): l is KeptLine => l.kind === 'kept' && l.text.includes('汇编'))?.text ??
    front.find((l): l is KeptLine => l.kind === 'kept' && !TOC_HEAD.test(l.text))?.text ??
    '';
  const declaredMatch = DECLARED.exec(compilationTitle);
  const declared = declaredMatch ? readNumber(declaredMatch[1] ?? declaredMatch[2] ?? '') : null;

  const outside = front.flatMap((l) => (l.kind === 'kept' ? hideKept(l, tocHead >= 0 ? 'table-of-contents' : 'cover') : [l]));
  const reports = openings.map((start, n) => {
    const body = lines.slice(start, openings[n + 1] ?? lines.length);
    const own = titleKey((body[0] as KeptLine).text);
    const repeated = (text: string) => titleKey(text) === own || (text.includes('汇编') && Array.from(text).length <= 45);
    return body.flatMap((l, i) => (i > 0 && l.kind === 'kept' && repeated(l.text) ? hideKept(l, 'repeated-title') : [l]));
  });

  const found = new Set(openings.map((i) => titleKey((lines[i] as KeptLine).text)));
  const missing = contents.listed.filter((title) => !found.has(titleKey(title)));
  return {
    compilation: { title: compilationTitle, declared, listed: contents.listed, missing },
    reports,
    outside,
  };
}
