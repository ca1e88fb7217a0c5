/**
 * The page's title: its `<title>` (less the site name a CMS appends), and
 * the element that shows it when the article's title stands outside the
 * main content (a `<div class="title">` above the text, say).
 */
import { isText, type Element, type ParentNode } from 'domhandler';
import { hasTitleHint } from './html-class-hints';
import { inlineText, type InlinePiece } from './html-inline-text';
import { headingTagLevel, isBlockElement, isLink, isSilentElement } from './html-tags';
import { walkHtml, walkHtmlFrom } from './html-walk';

/** A page's `<title>`, cut into the article's title and the site's names. */
export interface PageTitle {
  /** The whole `<title>` text. */
  whole: string;
  /** Its parts between separators (`_`, `|`, ` - `), each of at least 4 visible characters. */
  parts: string[];
  /** The longest part: the article's title, when the `<title>` names it at all. */
  stem: string;
  /** True when the `<title>` had more than one part (article and site). */
  hadSuffix: boolean;
}

/** Separators CMSs put between an article's title and the site's names. */
const SEPARATORS = /\s+[-–—|·]\s+|\s*[_|｜]\s*|\s*－\s*/u;

/** Longest an element's text may be to be a title. */
const MAX_TITLE_CHARS = 100;

/** Letters and digits only, for comparing titles. */
function bare(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Cuts a `<title>` text into its parts; null when it is empty. */
export function parsePageTitle(text: string): PageTitle | null {
  const whole = inlineText([{ text, pre: false }]);
  if (bare(whole) === '') return null;
  const parts = whole.split(SEPARATORS).map((part) => part.trim()).filter((part) => bare(part).length >= 4);
  if (parts.length === 0) return { whole, parts: [whole], stem: whole, hadSuffix: false };
  const stem = parts.reduce((longest, part) => (bare(part).length > bare(longest).length ? part : longest));
  return { whole, parts, stem, hadSuffix: parts.length > 1 };
}

/**
 * True when `text` is the page's title: equal to the whole `<title>` or its
 * stem, ignoring spaces and punctuation, or containing one (or contained in
 * one) that is at least 60% as long. The other parts (site and column
 * names) do not count: a site name in the page is not its title.
 */
export function matchesPageTitle(text: string, title: PageTitle): boolean {
  const candidate = bare(text);
  if (candidate.length < 2) return false;
  return [title.whole, title.stem].some((part) => {
    const target = bare(part);
    if (target === candidate) return true;
    const [short, long] = candidate.length <= target.length ? [candidate, target] : [target, candidate];
    return short.length >= 4 && long.includes(short) && short.length >= 0.6 * long.length;
  });
}

/** The page's `<title>` (the first one outside `<svg>`), parsed; null if there is none. */
export function findPageTitle(root: ParentNode): PageTitle | null {
  let text: string | null = null;
  walkHtml(root, {
    enter(element) {
      if (text !== null || element.name === 'svg' || element.name === 'math') return false;
      if (element.name === 'title') {
        text = element.children.map((child) => (isText(child) ? child.data : '')).join('');
        return false;
      }
      return true;
    },
  });
  return text === null ? null : parsePageTitle(text);
}

/**
 * An element's text as one line, and whether most of it is link text. Stops
 * reading once past `limit` visible characters (the text is then cut).
 */
export function elementLine(element: Element, limit = Infinity): { text: string; linked: boolean } {
  const pieces: InlinePiece[] = [];
  let links = 0;
  let linkChars = 0;
  let chars = 0;
  walkHtmlFrom(element, {
    enter(child) {
      if (chars > limit || isSilentElement(child)) return false;
      if (child.name === 'br' || isBlockElement(child)) pieces.push({ text: '\n', pre: false });
      if (isLink(child)) links += 1;
      return true;
    },
    text(node) {
      if (chars > limit) return;
      const visible = node.data.replace(/\s+/gu, '').length;
      chars += visible;
      if (links > 0) linkChars += visible;
      pieces.push({ text: node.data, pre: false });
    },
    exit(child) {
      if (isLink(child)) links -= 1;
    },
  });
  return { text: inlineText(pieces), linked: chars > 0 && linkChars / chars > 0.5 };
}

/** What the title search may look at. */
export interface TitleSearch {
  /** The main content; the search looks only outside it. */
  container: Element | null;
  /** Elements already removed (silent, chrome): not searched. */
  skip: (element: Element) => boolean;
  title: PageTitle | null;
}

/**
 * The element outside the main content that shows the article's title: the
 * first `<h1>`–`<h3>` or title-named element (`class="title"`) whose text
 * matches the page's `<title>`; failing that, and when the `<title>` does not
 * name the article itself (it has no site suffix), the last `<h1>` before the
 * content that is not a link (a site logo's `<h1>` usually is). Null if none.
 */
export function findTitleElement(root: ParentNode, search: TitleSearch): Element | null {
  const { container, skip, title } = search;
  let matching: Element | null = null;
  let lastH1: Element | null = null;
  let passedContent = false;
  // The content's ancestors are searched inside, never taken: they hold the content too.
  const around = new Set<ParentNode>();
  for (let node = container?.parent ?? null; node !== null; node = node.parent) around.add(node);
  walkHtml(root, {
    enter(element) {
      if (matching !== null) return false;
      if (element === container) {
        passedContent = true;
        return false;
      }
      if (skip(element) || isSilentElement(element)) return false;
      const level = headingTagLevel(element);
      const titled = (level !== null && level <= 3) || hasTitleHint(element);
      if (!titled || around.has(element)) return true;
      const { text, linked } = elementLine(element, MAX_TITLE_CHARS);
      if (text === '' || text.length > MAX_TITLE_CHARS) return true;
      if (title !== null && matchesPageTitle(text, title)) {
        matching = element;
        return false;
      }
      if (level === 1 && !linked && !passedContent) lastH1 = element;
      return true;
    },
  });
  if (matching !== null) return matching;
  if (title !== null && title.hadSuffix) return null;
  return lastH1;
}
