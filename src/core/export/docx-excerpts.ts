/**
 * Excerpts as a Word document an analyst can paste from: the excerpts under
 * headings of their themes, each quoted with its citation and note. Written
 * with the docx package, whose ES build runs unchanged in Node and the
 * browser; `Packer.toArrayBuffer` needs no Node Buffer.
 *
 * Fonts are set for Chinese: 宋体 for East Asian text in the body and 黑体
 * in headings, Times New Roman / Arial for Latin, and the East Asian
 * language zh-CN, so Word and WPS lay the text out without substitutions.
 */
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { groupByTheme, type ThemeGroup } from '../excerpts/group-by-theme';
import { citationLine } from '../excerpts/citation';
import { NO_THEME_NAME } from '../excerpts/excerpt-filter';

/** Options of `docxExcerpts`. */
export interface DocxExcerptOptions {
  /** The document's title, at its head and in its properties; `摘录` when not given. */
  title?: string;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };
const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' };
/** Grey of the citation lines. */
const CITATION_COLOR = '767676';
/** Heading levels by a group's depth: Heading 1 at the top level, Heading 2 below, deeper groups further down to Heading 6. */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates): dropped, or Word would refuse the file. */
// eslint-disable-next-line no-control-regex -- control characters are what we remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The runs of a text that may hold line breaks: one run per line, each after the first starting on a new line. */
function lines(text: string, style: IRunOptions = {}): TextRun[] {
  return text
    .replace(NOT_XML, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }));
}

/** The paragraphs of one excerpt: the indented quotation, the grey citation, then the note if there is one. */
function excerptParagraphs(excerpt: Excerpt): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      children: lines(excerpt.text),
      indent: { left: 567, right: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } },
      spacing: { before: 160, after: 60, line: 360 },
    }),
    new Paragraph({
      children: lines(citationLine(excerpt.citation), { size: 18, color: CITATION_COLOR }),
      indent: { left: 567, right: 567 },
      spacing: { after: excerpt.note.trim() === '' ? 200 : 60 },
    }),
  ];
  if (excerpt.note.trim() !== '') {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: '批注：', bold: true }), ...lines(excerpt.note)],
        indent: { left: 567, right: 567 },
        spacing: { after: 200 },
      }),
    );
  }
  return paragraphs;
}

/**
 * The groups to write, in the codebook's tree order: every theme with an
 * excerpt of its own or under a theme nested in it (so a nested group
 * always stands under its parent's heading), then the excerpts with no theme
 * of the codebook. Each group keeps only its own excerpts.
 */
function groupsToWrite(input: ExcerptExport): ThemeGroup[] {
  const own = groupByTheme(input.excerpts, input.themes, { keepEmpty: true });
  const withNested = groupByTheme(input.excerpts, input.themes, { keepEmpty: true, includeChildren: true });
  return own.filter((_, index) => (withNested[index]?.excerpts.length ?? 0) > 0);
}

/** The heading of a group: the theme's name, or 未标主题 for excerpts with no theme of the codebook. */
function groupHeading(group: ThemeGroup): Paragraph {
  return new Paragraph({
    heading: HEADINGS[Math.min(group.depth, HEADINGS.length - 1)],
    children: lines(group.theme?.name ?? NO_THEME_NAME),
  });
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
 * Heading 2 for a theme nested in it, deeper themes a level further each; a
 * theme appears when it or a theme nested in it has excerpts. Under each
 * heading its excerpts in the given order, each as an indented quotation,
 * then its citation (`citationLine`) in small grey type, then 批注：… if it
 * has a note. Throws a RangeError when `exportedAt` is not a time.
 */
export async function docxExcerpts(input: ExcerptExport, options: DocxExcerptOptions = {}): Promise<Uint8Array> {
  const title = options.title ?? '摘录';
  const date = exportDate(input.exportedAt);
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: lines(title) }),
    new Paragraph({ children: lines(`导出日期：${date}\u3000共${input.excerpts.length}条摘录`, { size: 18, color: CITATION_COLOR }), spacing: { after: 240 } }),
  ];
  const groups = groupsToWrite(input);
  if (groups.length === 0) body.push(new Paragraph({ children: lines('（没有摘录）') }));
  for (const group of groups) body.push(groupHeading(group), ...group.excerpts.flatMap(excerptParagraphs));
  const heading = (size: number) => ({ run: { font: HEADING_FONT, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } });
  const document = new Document({
    title: title.replace(NOT_XML, ''),
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 22, language: LANGUAGE } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: heading(32),
        heading2: heading(28),
        heading3: heading(24),
        heading4: heading(22),
        heading5: heading(22),
        heading6: heading(22),
      },
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
