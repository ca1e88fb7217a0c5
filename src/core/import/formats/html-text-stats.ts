/**
 * How much readable text each element of a page holds, and how much of it is
 * link text: what both the chrome guard and the main-content scoring weigh.
 */
import type { Element, ParentNode } from 'domhandler';
import { headingTagLevel, isLink } from './html-tags';
import { walkHtml } from './html-walk';

/** The text an element holds, counted. */
export interface TextStats {
  /** Visible characters (whitespace not counted). */
  chars: number;
  /** Of `chars`, those inside links. */
  linkChars: number;
  /** Han characters outside links. */
  cjk: number;
  /** Clause and sentence marks outside links (`。，；！？、` and `,` `;`). */
  punct: number;
  /** How many `<h1>` elements it holds. */
  h1: number;
  /** How many links it holds. */
  links: number;
}

const HAN = /\p{Script=Han}/gu;
const PUNCT = /[。，；！？、,;]/gu;
const SPACE = /\s+/gu;

/** Zero counts. */
export function emptyStats(): TextStats {
  return { chars: 0, linkChars: 0, cjk: 0, punct: 0, h1: 0, links: 0 };
}

/** The counts of one run of text, inside a link or not. */
export function statsOfText(text: string, inLink: boolean): TextStats {
  const chars = text.replace(SPACE, '').length;
  if (inLink) return { chars, linkChars: chars, cjk: 0, punct: 0, h1: 0, links: 0 };
  return { chars, linkChars: 0, cjk: text.match(HAN)?.length ?? 0, punct: text.match(PUNCT)?.length ?? 0, h1: 0, links: 0 };
}

/** Adds `from` into `into`. */
export function addStats(into: TextStats, from: TextStats): void {
  into.chars += from.chars;
  into.linkChars += from.linkChars;
  into.cjk += from.cjk;
  into.punct += from.punct;
  into.h1 += from.h1;
  into.links += from.links;
}

/** `whole` less `part` (a descendant's counts). */
export function subtractStats(whole: TextStats, part: TextStats): TextStats {
  return {
    chars: whole.chars - part.chars,
    linkChars: whole.linkChars - part.linkChars,
    cjk: whole.cjk - part.cjk,
    punct: whole.punct - part.punct,
    h1: whole.h1 - part.h1,
    links: whole.links - part.links,
  };
}

/** Visible characters outside links. */
export function plainChars(stats: TextStats): number {
  return stats.chars - stats.linkChars;
}

/** Link text as a share of all text (0 for no text). */
export function linkDensity(stats: TextStats): number {
  return stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
}

/**
 * Counts the text of every element under `root`, leaving out elements for
 * which `skip` is true (and all they hold): their text counts nowhere. The
 * map has an entry for every element not skipped.
 */
export function measureText(root: ParentNode, skip: (element: Element) => boolean): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const open: TextStats[] = [];
  let links = 0;
  walkHtml(root, {
    enter(element) {
      if (skip(element)) return false;
      const own = emptyStats();
      if (headingTagLevel(element) === 1) own.h1 = 1;
      if (isLink(element)) own.links = 1;
      stats.set(element, own);
      open.push(own);
      if (isLink(element)) links += 1;
      return true;
    },
    text(node) {
      const top = open[open.length - 1];
      if (top) addStats(top, statsOfText(node.data, links > 0));
    },
    exit(element) {
      if (isLink(element)) links -= 1;
      const own = open.pop()!;
      const parent = open[open.length - 1];
      if (parent) addStats(parent, own);
    },
  });
  return stats;
}
