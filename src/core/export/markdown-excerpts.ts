/**
 * Excerpts as a Markdown document: one section per theme, each excerpt a
 * quotation with its citation and note — for notes apps, wikis and plain
 * text editors. Everything taken from the library is escaped, so a passage
 * reads as written and never turns into markup.
 */
import { citationLine } from '../excerpts/citation';
import { shownExportTime } from './export-time';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { NO_THEME_NAME } from '../excerpts/excerpt-filter';
import { groupByTheme } from '../excerpts/group-by-theme';

/**
 * ASCII punctuation that is markup somewhere in a line (CommonMark, GFM and
 * the common math and tag extensions): backslash-escaped wherever it stands.
 * `( ) !` only matter next to `[ ]` and `< >`, which are escaped.
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$#]/g;

/**
 * Escapes one line of plain text for Markdown, so that it renders as
 * exactly that text in a paragraph: markup characters are backslash-escaped,
 * a line-opening `-`, `+`, `=` or list number (`1.`, `2)`) cannot start a
 * list or an underline, and leading spaces and tabs are written as character
 * references so they cannot make a code block. Takes a line: a line break in
 * `line` is the caller's to handle.
 */
export function escapeMarkdown(line: string): string {
  const escaped = line
    .replace(INLINE_MARKUP, (mark) => `\\${mark}`)
    .replace(/^[-+=]/, (mark) => `\\${mark}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped.replace(/^[ \t]+/, (blank) => blank.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

/**
 * The excerpts of `input` as a Markdown document (CommonMark, readable as
 * GFM): a `# 摘录` header with the export time and count, then a `##` section
 * per theme in the codebook's tree order, titled with the theme's path
 * (`乡村振兴 › 粮食安全`), and a last `## 未标主题` section for excerpts with no
 * theme of the codebook (see `groupByTheme`). An excerpt with several themes
 * is written under each. Each excerpt is a block quotation of its passage
 * (each line of it a paragraph), a citation line (`citationLine`) and its
 * note, if any.
 *
 * Returns the document as a string with "\n" line endings, ending in "\n";
 * the caller encodes it (UTF-8) into the bytes it saves.
 */
export function markdownExcerpts(input: ExcerptExport): string {
  const out: string[] = ['# 摘录', '', `导出时间：${escapeMarkdown(shownExportTime(input.exportedAt))} · 共 ${input.excerpts.length} 条摘录`, ''];
  const groups = groupByTheme(input.excerpts, input.themes, {});
  if (groups.length === 0) out.push('（没有摘录）', '');
  for (const group of groups) {
    const heading = group.theme === null ? NO_THEME_NAME : group.path.map(escapeMarkdown).join(' › ');
    out.push(`## ${heading}`, '');
    for (const excerpt of group.excerpts) out.push(...excerptLines(excerpt), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** One excerpt: its passage quoted, its citation, its note. */
function excerptLines(excerpt: Excerpt): string[] {
  const passage = lines(excerpt.text).map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`));
  const quoted = passage.flatMap((line, index) => (index === 0 ? [line] : ['>', line]));
  const out = [...quoted, '', `—— ${escapeMarkdown(citationLine(excerpt.citation))}`];
  if (excerpt.note.trim() !== '') {
    // A note's lines keep their breaks (a trailing backslash is a hard break); blank lines part its paragraphs.
    const note = lines(excerpt.note.trim()).map((line) => (line.trim() === '' ? '' : escapeMarkdown(line)));
    const joined = note.map((line, index) => (line !== '' && note[index + 1] ? `${line}\\` : line));
    out.push('', `批注：${joined.join('\n')}`);
  }
  return out;
}

/** Text split into lines at any line break. */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}
