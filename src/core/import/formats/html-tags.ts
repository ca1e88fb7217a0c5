/**
 * What each HTML element is to a reader of text: a block that starts and ends
 * lines, an element whose content is never read, a possible home of the main
 * content, a link, a heading.
 */
import type { Element } from 'domhandler';

/** Elements that start and end a line; everything else runs inline. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'marquee',
  'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'xmp',
]);

/**
 * Elements whose content a reader never sees as text, removed without a
 * trace: code (script, style, template), embedded things (frames, objects,
 * media, pictures), form controls, the document's metadata, and ruby
 * annotations (the base text is kept, not its reading).
 */
const SILENT_TAGS = new Set([
  'applet', 'area', 'audio', 'base', 'button', 'canvas', 'datalist', 'embed', 'frame', 'frameset',
  'iframe', 'img', 'input', 'link', 'map', 'math', 'meta', 'noembed', 'noframes', 'noscript', 'object',
  'param', 'picture', 'rp', 'rt', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea',
  'title', 'track', 'video',
]);

/** Silent elements that are pictures, for the "N images dropped" warning. */
const IMAGE_TAGS = new Set(['img', 'picture', 'svg', 'canvas']);

/** Silent elements that embed another document or media. */
const EMBED_TAGS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'video', 'audio']);

/** Elements that may hold a page's main content (a table cell only in a layout table). */
const CANDIDATE_TAGS = new Set(['div', 'article', 'section', 'main', 'body', 'td', 'center']);

/** True for elements that start and end a line. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.name);
}

/** True for elements whose content is never read (see SILENT_TAGS). */
export function isSilentElement(element: Element): boolean {
  return SILENT_TAGS.has(element.name);
}

/** True for pictures: `<img>`, `<svg>`, `<canvas>`. */
export function isImageElement(element: Element): boolean {
  return IMAGE_TAGS.has(element.name);
}

/** True for frames, objects and media players. */
export function isEmbedElement(element: Element): boolean {
  return EMBED_TAGS.has(element.name);
}

/** True for the tags that may hold the main content; `td` needs a layout-table check too. */
export function isCandidateTag(element: Element): boolean {
  return CANDIDATE_TAGS.has(element.name);
}

/**
 * True for a link: an `<a>` with an `href` (whatever it says), or one with
 * no `name` or `id` (script-driven links). A bookmark (`<a name="_Toc1">`
 * round a heading in Word's HTML) is not a link.
 */
export function isLink(element: Element): boolean {
  if (element.name !== 'a') return false;
  const a = element.attribs;
  return a['href'] !== undefined || (a['name'] === undefined && a['id'] === undefined);
}

/** The level of an `<h1>`…`<h6>` (1–6), or null for other elements. */
export function headingTagLevel(element: Element): number | null {
  const match = /^h([1-6])$/.exec(element.name);
  return match === null ? null : Number(match[1]);
}
