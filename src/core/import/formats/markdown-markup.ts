/**
 * The markup of a Markdown file that is not words: raw HTML (which Markdown
 * passes through to a browser, script and frames included), images, link
 * targets and link definitions. A report saved as Markdown from a web page
 * carries them; the report is its words, so the markup goes: code and
 * embedded elements with their content, other tags and comments alone,
 * images whole, links down to their text. Emphasis and the `#` of headings
 * are left to the reader of lines.
 */

// Every pattern stops at the next bracket of its own kind, so a hostile file (a megabyte of `[`
// or of `<script`) costs time in proportion to its length, never its square.

/** Raw HTML elements whose content is code or an embedded thing, never words: removed with their content (to the end, unclosed). */
const CODE_ELEMENT =
  /<(script|style|iframe|frame|object|embed|applet|noscript|noembed|noframes|template|textarea|svg|math|select)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu;
/** An HTML comment (to the end, unclosed). */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/gu;
/** A link's target: `(url)` or `(url "title")`, the URL without spaces or parentheses; or a reference, `[ref]`. */
const TARGET = String.raw`(?:\([^()\s]*(?:[ \t]+"[^"\n]*")?\)|\[[^\[\]\n]*\])`;
/** An inline or reference image: `![alt](target "title")`, `![alt][ref]`. */
const IMAGE = new RegExp(String.raw`!\[[^\[\]\n]*\]${TARGET}`, 'gu');
/** An inline or reference link: `[text](target "title")`, `[text][ref]`; the text is kept. */
const LINK = new RegExp(String.raw`\[([^\[\]\n]*)\]${TARGET}`, 'gu');
/** A link reference definition on a line of its own: `[ref]: target "title"`. */
const LINK_DEFINITION = /^ {0,3}\[[^[\]\n]+\]:[ \t]*\S.*$/gmu;
/** Any other HTML tag, opening or closing, or an autolink (`<https://…>`): removed, its content kept. */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:[\s/][^<>]*)?>/gu;

/** A Markdown file's text without its markup, and how many images went. */
export interface MarkdownText {
  text: string;
  images: number;
}

/** Takes raw HTML, images, link targets and link definitions out of Markdown text; line breaks stay. */
export function withoutMarkdownMarkup(markdown: string): MarkdownText {
  const images = markdown.match(IMAGE)?.length ?? 0;
  const text = markdown
    .replace(CODE_ELEMENT, (element) => element.replace(/[^\n]/gu, ''))
    .replace(COMMENT, (comment) => comment.replace(/[^\n]/gu, ''))
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(LINK_DEFINITION, '')
    .replace(TAG, '');
  return { text, images };
}
