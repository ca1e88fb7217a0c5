/**
 * Saved web pages (`.html`, `.htm`) → source lines. The page is decoded
 * (its declared charset, strictly), parsed with htmlparser2, stripped of
 * everything that is not text (scripts, styles, frames, images, forms) and of
 * page chrome found by structure (navigation, headers, footers, sidebars,
 * share bars), and its main content is found by scoring containers for
 * Chinese prose. The content's lines are the report; every other line with
 * text is kept as a dropped line. Only text is output: no markup, no URL, no
 * attribute (an `onerror` or a `javascript:` link) can reach a line.
 */
import { isTag, type Document, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { SourceDocument } from '../source-document';
import { findPageChrome } from './html-chrome';
import { decodeHtml } from './html-decode';
import { repairForeignContent } from './html-foreign-content';
import { collectHtmlLines } from './html-lines';
import { findMainContent } from './html-main-content';
import { MAX_NESTING, boundNesting } from './html-nesting-guard';
import { findPageTitle, findTitleElement } from './html-page-title';
import { htmlSourceLines } from './html-source-lines';
import { isSilentElement } from './html-tags';
import { measureText } from './html-text-stats';

/** The page's `<body>` (the first, at any depth), or null for a fragment without one. */
function bodyOf(page: Document): Element | null {
  const stack = [...page.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (!isTag(node)) continue;
    if (node.name === 'body') return node;
    if (node.name === 'html') stack.unshift(...node.children);
  }
  return null;
}

/** "1 image dropped", "3 images dropped". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many} dropped`;
}

/**
 * Reads a saved web page. Encoding: a byte order mark, else the page's
 * `<meta>` charset (GBK/GB2312/GB18030 read as GB18030), else detection;
 * strict, so undecodable bytes throw a DecodeError. Lines are the main
 * content's, in order, trimmed, with `<h1>`–`<h6>` as title and headings
 * (see htmlSourceLines); removed chrome is dropped as 'navigation' or
 * 'page-chrome', other text outside the content as 'outside-content'.
 * Warnings count the images and embedded frames or media the content lost,
 * and say when no main content was found and the whole body was read, or
 * when nesting past 10,000 levels was flattened (its text kept) to keep
 * parsing fast. Every walk over the tree is iterative: depth never
 * overflows the call stack.
 */
export function readHtml(bytes: Uint8Array): SourceDocument {
  const { text, encoding, warnings } = decodeHtml(bytes);
  const { html, flattened } = boundNesting(text);
  if (flattened > 0) {
    warnings.push(`${flattened} elements nested more than ${MAX_NESTING} deep were flattened; their text is kept.`);
  }
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  repairForeignContent(document);

  const chrome = findPageChrome(document, measureText(document, isSilentElement));
  const removed = (element: Element): boolean => isSilentElement(element) || chrome.has(element);
  const found = findMainContent(document, removed, measureText(document, removed));
  for (const block of found?.linkBlocks ?? []) chrome.set(block, 'navigation');
  const container = found?.element ?? bodyOf(document);
  const title = findPageTitle(document);
  const titleElement = container === null ? null : findTitleElement(document, { container, skip: removed, title });

  const walked = collectHtmlLines(document, { container, chrome, titleElement });
  const { lines, dropped } = htmlSourceLines(walked.lines, title);

  if (found === null && lines.length > 0) warnings.push('No main content could be told apart from the page around it; the whole page was read.');
  if (walked.images > 0) warnings.push(counted(walked.images, 'image', 'images'));
  if (walked.embeds > 0) warnings.push(counted(walked.embeds, 'embedded frame or media player', 'embedded frames or media players'));
  if (lines.length === 0) {
    warnings.push(dropped.length > 0 ? 'The page holds no text outside its navigation and page chrome.' : 'The page holds no text.');
  }
  return { encoding, lines, dropped, warnings };
}
