/**
 * Excerpts as a Word document an analyst can paste from: the excerpts under
 * headings of their themes, each quoted with its citation and note. The
 * WordprocessingML is written as strings (`docx-document-xml`,
 * `docx-styles-xml`) and zipped with fflate (`docx-package`), so 20,000
 * excerpts take a second or so and little memory, in Node and the browser
 * alike.
 *
 * Fonts are set for Chinese (see `docx-styles-xml`): 宋体 for East Asian text
 * in the body and 黑体 in headings, Times New Roman / Arial for Latin, and
 * the East Asian language zh-CN, so Word and WPS lay the text out without
 * substitutions.
 */
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { groupByTheme, type ThemeGroup } from '../excerpts/group-by-theme';
import { citationLine } from '../excerpts/citation';
import { NO_THEME_NAME } from '../excerpts/excerpt-filter';
import { documentXml, paragraphXml, runXml, type RunFormat } from './docx-document-xml';
import { docxPackage } from './docx-package';
import { DOCX_STYLE, headingStyle, stylesXml } from './docx-styles-xml';

/** Options of `docxExcerpts`. */
export interface DocxExcerptOptions {
  /** The document's title, at its head and in its properties; `摘录` when not given. */
  title?: string;
}

/** The small grey type of the citation lines and the export date: 9 pt, grey. */
const SMALL_GREY: RunFormat = { size: 18, color: '767676' };
/** Space after a citation that a note follows (the citation style's own is for the last line of an excerpt). */
const CITATION_BEFORE_NOTE = 60;

/** The paragraphs of one excerpt: the indented quotation, the grey citation, then the note if there is one. */
function excerptXml(excerpt: Excerpt): string {
  const hasNote = excerpt.note.trim() !== '';
  const quote = paragraphXml(runXml(excerpt.text), { style: DOCX_STYLE.quote });
  const citation = paragraphXml(runXml(citationLine(excerpt.citation), SMALL_GREY), { style: DOCX_STYLE.citation, spacingAfter: hasNote ? CITATION_BEFORE_NOTE : undefined });
  return hasNote ? quote + citation + paragraphXml(runXml('批注：', { bold: true }) + runXml(excerpt.note), { style: DOCX_STYLE.note }) : quote + citation;
}

/**
 * The groups to write, in the codebook's tree order: every theme with an
 * excerpt of its own or under a theme nested in it (so a nested group
 * always stands under its parent's heading), then the excerpts with no theme
 * of the codebook. Each group keeps only its own excerpts.
 */
function groupsToWrite(input: ExcerptExport): ThemeGroup[] {
  const groups = groupByTheme(input.excerpts, input.themes, { keepEmpty: true });
  // Tree order puts a theme's descendants right after it, deeper than it: walking back,
  // `filled[depth]` says whether a group at that depth since the last shallower one is kept (has excerpts, or groups below it have).
  const keep = new Array<boolean>(groups.length);
  const filled: boolean[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] as ThemeGroup;
    const below = filled.slice(group.depth + 1).some(Boolean);
    keep[index] = group.excerpts.length > 0 || below;
    filled.length = group.depth + 1;
    filled[group.depth] = (filled[group.depth] ?? false) || (keep[index] as boolean);
  }
  return groups.filter((_, index) => keep[index]);
}

/** The heading of a group: the theme's name, or 未标主题 for excerpts with no theme of the codebook. */
function groupHeading(group: ThemeGroup): string {
  return paragraphXml(runXml(group.theme?.name ?? NO_THEME_NAME), { style: headingStyle(group.depth) });
}

/** The date part of the export time, or a RangeError if it is not an ISO 8601 time. */
function exportDate(exportedAt: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0];
  if (date === undefined || Number.isNaN(new Date(exportedAt).getTime())) {
    throw new RangeError(`The export time ${JSON.stringify(exportedAt)} is not an ISO 8601 time`);
  }
  return date;
}

/**
 * The excerpts as DOCX bytes: the title, the export date (the date written
 * in `exportedAt`, in its own time zone), then one heading per theme group
 * in the codebook's order (`groupByTheme`): Heading 1 for a top-level theme,
 * Heading 2 for a theme nested in it, deeper themes a level further each, to
 * Heading 6; a theme appears when it or a theme nested in it has excerpts.
 * Under each heading its excerpts in the given order, each as an indented
 * quotation (line breaks kept as breaks in the paragraph), then its citation
 * (`citationLine`) in small grey type, then 批注：… if it has a note.
 * Characters XML cannot hold are dropped. Throws a RangeError when
 * `exportedAt` is not a time.
 */
export async function docxExcerpts(input: ExcerptExport, options: DocxExcerptOptions = {}): Promise<Uint8Array> {
  const title = options.title ?? '摘录';
  const date = exportDate(input.exportedAt);
  const body: string[] = [
    paragraphXml(runXml(title), { style: DOCX_STYLE.title }),
    paragraphXml(runXml(`导出日期：${date}\u3000共${input.excerpts.length}条摘录`, SMALL_GREY), { spacingAfter: 240 }),
  ];
  const groups = groupsToWrite(input);
  if (groups.length === 0) body.push(paragraphXml(runXml('（没有摘录）')));
  // An excerpt with several themes stands under each; its XML is written once.
  const written = new Map<Excerpt, string>();
  for (const group of groups) {
    body.push(groupHeading(group));
    for (const excerpt of group.excerpts) {
      let xml = written.get(excerpt);
      if (xml === undefined) written.set(excerpt, (xml = excerptXml(excerpt)));
      body.push(xml);
    }
  }
  return docxPackage({ documentXml: documentXml(body), stylesXml: stylesXml(), title, created: new Date(input.exportedAt) });
}
