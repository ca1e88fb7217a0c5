/**
 * A bound on how deep a page may nest its elements. htmlparser2 keeps its
 * open elements in an array it grows at the front, so parsing costs time in
 * the square of the nesting depth: a hostile file of 100,000 nested `<div>`s
 * would take many seconds. Real pages nest a few dozen levels; beyond a
 * generous bound the extra levels are flattened before parsing, their text
 * kept in place.
 */

/** Deepest nesting kept; elements opened deeper lose their tags, not their text. */
export const MAX_NESTING = 10_000;

/** Elements that never hold others (their tags do not nest). */
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements a parser closes by itself when a sibling opens: they cannot pile up, so are not counted. */
const SELF_CLOSING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
  'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body',
]);

/** Block tags whose flattened boundary becomes a `<br>`, so lines stay apart. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'div', 'dl', 'fieldset', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
]);

/** Comments, raw-text elements (their content is not markup), and tags. */
const TOKENS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** A page's HTML with nesting bounded, and how many elements were flattened. */
export interface BoundedHtml {
  html: string;
  flattened: number;
}

/**
 * Returns `html` unchanged when no element nests deeper than `maxDepth`
 * (counting elements that can nest: not void ones, not ones a parser closes
 * itself such as `<p>` and `<td>`). Otherwise each element opened deeper
 * loses its start and end tags (a block's become `<br>`), so its content
 * joins the element at the bound. Linear in the length of the page.
 */
export function boundNesting(html: string, maxDepth = MAX_NESTING): BoundedHtml {
  const open: string[] = [];
  const deeper = new Map<string, number>();
  let flattened = 0;
  const bounded = html.replace(TOKENS, (token: string, _raw?: string, slash?: string, tag?: string) => {
    if (tag === undefined) return token;
    const name = tag.toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name)) return token;
    const replacement = BLOCKS.has(name) ? '<br>' : '';
    if (slash === '') {
      if (open.length < maxDepth) {
        open.push(name);
        return token;
      }
      deeper.set(name, (deeper.get(name) ?? 0) + 1);
      flattened += 1;
      return replacement;
    }
    const pending = deeper.get(name) ?? 0;
    if (pending > 0) {
      deeper.set(name, pending - 1);
      return replacement;
    }
    const at = open.lastIndexOf(name);
    if (at !== -1) open.length = at;
    return token;
  });
  return flattened === 0 ? { html, flattened } : { html: bounded, flattened };
}
