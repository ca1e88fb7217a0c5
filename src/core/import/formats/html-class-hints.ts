/**
 * What a page's own names say about an element: the words of its `id` and
 * `class` (and its ARIA `role`) marking it as navigation, as page chrome, or
 * as the article's content. Names are split into words at `-`, `_`, spaces
 * and camelCase humps, and words are compared whole, so `head` never matches
 * inside `heading` nor `nav` inside `canvas`.
 */
import type { Element } from 'domhandler';

/** Why an element is chrome, in the words the report parser uses. */
export type ChromeReason = 'navigation' | 'page-chrome';

/** Words naming navigation: menus, breadcrumbs, pagers. */
const NAVIGATION_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'subnav', 'topnav', 'mainnav', 'sidenav', 'menu', 'menus', 'submenu',
  'menubar', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'location', 'dqwz', 'weizhi', 'pager',
  'pagination',
]);

/** Names that mean navigation only as a whole class or id (`position` is also a CSS utility word). */
const NAVIGATION_NAMES = new Set(['position', 'curpos', 'current-position', 'currentposition']);

/**
 * Words naming a header or footer: chrome when they frame the page, but an
 * article's own header (its title and date) or footer inside the article.
 */
const HEADER_FOOTER_WORDS = new Set(['header', 'footer', 'foot', 'bottom']);

/** Words naming other page chrome. */
const CHROME_WORDS = new Set([
  'sidebar', 'share', 'sharing', 'toolbar', 'related', 'relate', 'relevant', 'recommend', 'tuijian',
  'xgxw', 'xgwz', 'xglj', 'hotnews', 'comment',
  'comments', 'copyright', 'ad', 'ads', 'adv', 'advert', 'advertisement', 'banner', 'login', 'search',
  'searchbox', 'topbar', 'gotop', 'backtop', 'friendlink', 'yqlj', 'qrcode',
]);

/** Prefixes of share widgets' names (`bdsharebuttonbox`, `jiathis_style`). */
const CHROME_PREFIXES = ['bdshare', 'bshare', 'jiathis'];

/** ARIA landmark roles of chrome. */
const ROLES: Readonly<Record<string, ChromeReason>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  banner: 'page-chrome',
  contentinfo: 'page-chrome',
  complementary: 'page-chrome',
  search: 'page-chrome',
  toolbar: 'page-chrome',
};

/** Words naming the article's content (`TRS_Editor`, TRS sites' body, is matched whole). */
const CONTENT_WORDS = new Set([
  'content', 'contents', 'article', 'text', 'detail', 'details', 'zoom', 'main', 'maintext', 'bodytext',
  'body', 'con', 'zw', 'zhengwen', 'nr', 'neirong', 'wznr', 'news', 'entry', 'post', 'story', 'txt',
]);
const CONTENT_NAMES = /trs_editor|ueditor|ke-content/i;

/** Words naming an article's title. */
const TITLE_WORDS = new Set(['title', 'tit', 'bt', 'biaoti', 'headline']);

/** The words of a class or id value. */
function words(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((word) => word.replace(/\d+$/, ''))
    .filter((word) => word !== '');
}

/** The element's class names and id, each as written. */
function names(element: Element): string[] {
  const { id, class: className } = element.attribs;
  return [...(className ?? '').split(/\s+/), id ?? ''].filter((name) => name !== '');
}

/** What an element's names declare it to be. */
export interface ChromeHint {
  reason: ChromeReason;
  /** True when only header/footer words mark it: chrome at page level, not inside an article. */
  headerOrFooter: boolean;
}

/**
 * The chrome an element's `role`, `id` or `class` declares: 'navigation' for
 * menus, breadcrumbs and pagers, 'page-chrome' for headers, footers,
 * sidebars, share bars, ads, search and login boxes; null otherwise.
 */
export function chromeHint(element: Element): ChromeHint | null {
  const role = (element.attribs['role'] ?? '').trim().toLowerCase();
  const byRole = ROLES[role];
  if (byRole !== undefined) return { reason: byRole, headerOrFooter: role === 'banner' || role === 'contentinfo' };
  let chrome = false;
  let headerOrFooter = false;
  for (const name of names(element)) {
    const lower = name.toLowerCase();
    if (NAVIGATION_NAMES.has(lower)) return { reason: 'navigation', headerOrFooter: false };
    if (CHROME_PREFIXES.some((prefix) => lower.startsWith(prefix))) chrome = true;
    for (const word of words(name)) {
      if (NAVIGATION_WORDS.has(word)) return { reason: 'navigation', headerOrFooter: false };
      if (CHROME_WORDS.has(word)) chrome = true;
      if (HEADER_FOOTER_WORDS.has(word)) headerOrFooter = true;
    }
  }
  if (chrome) return { reason: 'page-chrome', headerOrFooter: false };
  return headerOrFooter ? { reason: 'page-chrome', headerOrFooter: true } : null;
}

/** True when the element's `id` or `class` names article content (`content`, `zoom`, `TRS_Editor`…). */
export function hasContentHint(element: Element): boolean {
  return names(element).some((name) => CONTENT_NAMES.test(name) || words(name).some((word) => CONTENT_WORDS.has(word)));
}

/** True when the element's `id` or `class` names a title (`title`, `tit`, `bt`, `headline`…). */
export function hasTitleHint(element: Element): boolean {
  return names(element).some((name) => words(name).some((word) => TITLE_WORDS.has(word)));
}
