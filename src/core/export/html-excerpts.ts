/**
 * Excerpts as one self-contained HTML page, to read in a browser, print or
 * save as PDF: no scripts, no external resources, everything from the
 * library escaped.
 */
import { citationLine } from '../excerpts/citation';
import { shownExportTime } from './export-time';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { NO_THEME_NAME } from '../excerpts/excerpt-filter';
import { groupByTheme } from '../excerpts/group-by-theme';

/** The rule colour of the group with no theme, and of a theme whose colour is not `#rrggbb`. */
const PLAIN_COLOR = '#8a8a8a';

/** The page's styles: a serif CJK font stack, theme colours as left rules, and a print stylesheet. */
const STYLE = `
  :root { color-scheme: light; }
  body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif; font-size: 16px; line-height: 1.8; color: #1b1b1b; background: #fff; max-width: 46em; margin: 2.5em auto; padding: 0 1.5em; }
  header { border-bottom: 1px solid #d0d0d0; margin-bottom: 2em; }
  h1 { font-size: 1.7em; margin: 0 0 0.2em; }
  .meta { color: #5a5a5a; font-size: 0.9em; margin: 0 0 1em; }
  section.theme { border-left: 4px solid var(--theme, ${PLAIN_COLOR}); padding-left: 1.2em; margin: 0 0 2.5em; }
  section.theme > h2 { font-size: 1.25em; margin: 0 0 0.8em; }
  figure.excerpt { margin: 0 0 1.6em; }
  figure.excerpt blockquote { margin: 0; }
  figure.excerpt blockquote p { margin: 0 0 0.3em; text-indent: 2em; }
  figure.excerpt figcaption { color: #5a5a5a; font-size: 0.85em; }
  figure.excerpt .note { margin: 0.4em 0 0; padding: 0.3em 0.7em; background: #f5f4ee; font-size: 0.9em; white-space: pre-wrap; }
  .empty { color: #5a5a5a; }
  @page { size: A4; margin: 2cm 1.8cm; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
    section.theme { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    section.theme > h2 { break-after: avoid; }
    figure.excerpt { break-inside: avoid; }
    figure.excerpt .note { background: none; border: 1px solid #d0d0d0; }
  }
`;

/** Text made safe anywhere in HTML: in elements and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The excerpts of `input` as a complete HTML document (UTF-8, `lang="zh-CN"`),
 * grouped as `groupByTheme` groups them: a section per theme in the codebook's
 * tree order, headed with the theme's path and ruled on the left in its
 * colour, then a `未标主题` section. Each excerpt is a figure: the passage
 * quoted (a paragraph per line), the citation (`citationLine`) as its
 * caption, and the note, if any.
 *
 * The page stands alone: inline CSS with a print stylesheet, no script, no
 * external resource, and a Content-Security-Policy that forbids both, so it
 * opens the same anywhere, offline. Every text from the library (passages,
 * notes, names, titles) is escaped; a theme colour is used only if it is
 * `#rrggbb`.
 *
 * Returns the document as a string; the caller encodes it as UTF-8 (as its
 * meta tag declares) into the bytes it saves.
 */
export function htmlExcerpts(input: ExcerptExport): string {
  const groups = groupByTheme(input.excerpts, input.themes, {});
  const sections = groups.map((group) => {
    const name = group.theme === null ? NO_THEME_NAME : group.path.join(' › ');
    const color = group.theme !== null && /^#[0-9a-fA-F]{6}$/.test(group.theme.color) ? group.theme.color.toLowerCase() : PLAIN_COLOR;
    return [
      `<section class="theme" data-depth="${group.depth}" style="--theme: ${color}">`,
      `<h2>${escapeHtml(name)}</h2>`,
      ...group.excerpts.map(excerptFigure),
      '</section>',
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>摘录</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>摘录</h1>',
    `<p class="meta">导出时间：<time datetime="${escapeHtml(input.exportedAt)}">${escapeHtml(shownExportTime(input.exportedAt))}</time> · 共 ${input.excerpts.length} 条摘录</p>`,
    '</header>',
    '<main>',
    ...(sections.length === 0 ? ['<p class="empty">（没有摘录）</p>'] : sections),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One excerpt as a figure: passage, citation, note. */
function excerptFigure(excerpt: Excerpt): string {
  const paragraphs = excerpt.text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  const note = excerpt.note.trim() === '' ? '' : `\n<p class="note">批注：${escapeHtml(excerpt.note.trim())}</p>`;
  return `<figure class="excerpt" data-highlight-id="${escapeHtml(excerpt.highlightId)}">\n<blockquote>${paragraphs}</blockquote>\n<figcaption>${escapeHtml(citationLine(excerpt.citation))}</figcaption>${note}\n</figure>`;
}
