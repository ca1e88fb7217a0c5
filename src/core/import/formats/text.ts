/**
 * Plain text and Markdown files → source lines. Text is decoded (BOMs,
 * UTF-8, GB18030; never a silent U+FFFD) and split into trimmed non-blank
 * lines. In Markdown, raw HTML, images and link targets are taken out (see
 * markdown-markup.ts) and `#` headings declare their structure: the first
 * top-level one near the start is the title.
 */
import { decodeText } from '../../decode/decode-text';
import { reportLines } from '../../report/report-lines';
import type { SourceDocument, SourceLine } from '../source-document';
import { withoutMarkdownMarkup } from './markdown-markup';

/** A Markdown ATX heading: its level and words. */
const ATX = /^(#{1,6})\s+(.+?)\s*#*$/u;
/** How many lines into the file a Markdown title may stand. */
const TITLE_WITHIN = 5;

/** Reads a `.txt` file. */
export function readText(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  return { encoding, lines: reportLines(text).map((line) => ({ text: line })), dropped: [], warnings: [] };
}

/**
 * Reads a `.md` file: as text without its markup (raw HTML, images, link
 * targets; a warning counts the images dropped), with `#` headings as
 * declared structure.
 */
export function readMarkdown(bytes: Uint8Array): SourceDocument {
  const decoded = decodeText(bytes);
  const { text, images } = withoutMarkdownMarkup(decoded.text);
  const plain: SourceDocument = {
    encoding: decoded.encoding,
    lines: reportLines(text).map((line) => ({ text: line })),
    dropped: [],
    warnings: images > 0 ? [`${images} ${images === 1 ? 'image' : 'images'} dropped`] : [],
  };
  const headings = plain.lines.map((line) => ATX.exec(line.text));
  const top = Math.min(...headings.map((h) => (h ? h[1]!.length : 7)));
  let titled = false;
  const lines = plain.lines.map((line, i): SourceLine => {
    const heading = headings[i];
    if (!heading) return line;
    const depth = heading[1]!.length;
    if (!titled && depth === top && i < TITLE_WITHIN) {
      titled = true;
      return { text: heading[2]!, role: 'title' };
    }
    return { text: heading[2]!, role: 'heading', level: Math.max(1, depth - top + (titled ? 0 : 1)) };
  });
  return { ...plain, lines };
}
