/**
 * Page chrome found by structure: the navigation, headers, footers, sidebars,
 * share bars and forms a saved web page wraps around its article. Elements
 * are judged by their tag, ARIA role, id and class; what is found is removed
 * whole, and its text is later kept as dropped lines, never destroyed.
 */
import { isTag, type Element, type ParentNode } from 'domhandler';
import { chromeHint, hasContentHint, type ChromeHint, type ChromeReason } from './html-class-hints';
import { isSilentElement } from './html-tags';
import { addStats, emptyStats, plainChars, type TextStats } from './html-text-stats';
import { walkHtml } from './html-walk';

/** Tags that are chrome by themselves. */
const CHROME_TAGS: Readonly<Record<string, ChromeHint>> = {
  nav: { reason: 'navigation', headerOrFooter: false },
  header: { reason: 'page-chrome', headerOrFooter: true },
  footer: { reason: 'page-chrome', headerOrFooter: true },
  aside: { reason: 'page-chrome', headerOrFooter: false },
  form: { reason: 'page-chrome', headerOrFooter: false },
  marquee: { reason: 'page-chrome', headerOrFooter: false },
};

/** Never chrome, whatever their class says: the document's own frame. */
const NEVER_CHROME = new Set(['html', 'head', 'body']);

/** Han characters and clause marks that make an element prose, not chrome. */
const PROSE_HAN = 200;
const PROSE_MARKS = 8;

/**
 * True when an element marked as chrome holds something chrome never does,
 * so it is searched inside rather than removed whole: an `<h1>`, prose (at
 * least 200 Han characters and 8 clause marks outside links), or most of the
 * page's text outside links. This keeps an ASP.NET `<form>` wrapped round a
 * whole page, or an article's header holding its title, from taking the
 * report with it.
 */
function holdsArticle(stats: TextStats | undefined, page: TextStats): boolean {
  if (stats === undefined) return false;
  if (stats.h1 > 0 || (stats.cjk >= PROSE_HAN && stats.punct >= PROSE_MARKS)) return true;
  return plainChars(stats) > 0 && plainChars(stats) * 2 > plainChars(page);
}

/** The text counts of the whole page: the sum over the root's elements. */
function pageStats(root: ParentNode, stats: ReadonlyMap<Element, TextStats>): TextStats {
  const page = emptyStats();
  for (const child of root.children) {
    const counted = isTag(child) ? stats.get(child) : undefined;
    if (counted) addStats(page, counted);
  }
  return page;
}

/** True for an element that frames an article, inside which headers and footers are the article's own. */
function framesArticle(element: Element): boolean {
  if (element.name === 'article' || element.name === 'main') return true;
  return !NEVER_CHROME.has(element.name) && hasContentHint(element);
}

/**
 * Finds the page chrome under `root`: each element that is chrome by tag
 * (`nav`, `aside`, `form`, `marquee`; `header` and `footer` outside an
 * article), by ARIA role, or by id/class words (see html-class-hints),
 * unless it holds an article (an `<h1>` or prose). Chrome inside chrome is
 * listed too, with its own reason (the menu inside a page header is
 * 'navigation'), so the dropped lines say what each part was. Silent
 * elements (scripts, styles…) are not looked into. `stats` are the page's
 * text counts before anything is removed.
 */
export function findPageChrome(root: ParentNode, stats: ReadonlyMap<Element, TextStats>): Map<Element, ChromeReason> {
  const chrome = new Map<Element, ChromeReason>();
  const page = pageStats(root, stats);
  const frames: { frames: boolean; removed: boolean }[] = [];
  let inArticle = 0;
  let inChrome = 0;
  walkHtml(root, {
    enter(element) {
      if (isSilentElement(element)) return false;
      const hint = NEVER_CHROME.has(element.name) ? null : (CHROME_TAGS[element.name] ?? chromeHint(element));
      let removed = false;
      if (inChrome > 0) {
        if (hint !== null) chrome.set(element, hint.reason);
      } else if (hint !== null && !(hint.headerOrFooter && inArticle > 0) && !holdsArticle(stats.get(element), page)) {
        chrome.set(element, hint.reason);
        removed = true;
      }
      const frame = { frames: inChrome === 0 && !removed && framesArticle(element), removed };
      frames.push(frame);
      if (frame.frames) inArticle += 1;
      if (frame.removed) inChrome += 1;
      return true;
    },
    exit() {
      const frame = frames.pop()!;
      if (frame.frames) inArticle -= 1;
      if (frame.removed) inChrome -= 1;
    },
  });
  return chrome;
}
