/**
 * Finding the article in a saved web page, Readability-style: each run of
 * text scores by its Chinese prose (clause marks, amount of Han text), the
 * score flows to the containers around it, link-heavy containers are
 * discounted, and names like `content`, `zoom` or `TRS_Editor` help.
 */
import { isTag, type Element, type ParentNode } from 'domhandler';
import { chromeHint, hasContentHint } from './html-class-hints';
import { isLayoutTable, tableOf } from './html-layout-table';
import { isBlockElement, isCandidateTag, isLink } from './html-tags';
import { addStats, emptyStats, linkDensity, statsOfText, subtractStats, type TextStats } from './html-text-stats';
import { walkHtml } from './html-walk';

/** Runs of text shorter than this (outside links) score nothing: menus, labels, dates. */
const MIN_RUN_CHARS = 10;
/** How many containers up a run's score reaches, and what share each gets. */
const SCORE_DEPTH = 5;
/** Bonus for a container named like content, malus for one named like chrome. */
const NAME_WEIGHT = 25;
const TAG_BONUS: Readonly<Record<string, number>> = { article: 10, main: 10, div: 5, section: 5, center: 5, td: 3 };
/** Growing the content to its parent: most link text the added part may hold. */
const GROW_MAX_LINK_DENSITY = 0.3;
/** … and how much plain text it may add when it is not prose (at least this, or a quarter of the content). */
const GROW_SMALL_CHARS = 300;
/** … where prose has at least one clause mark per this many characters. */
const PROSE_CHARS_PER_MARK = 40;
/** … and with no block of links beside it: mostly links, and at least 4 of them or 20 characters. */
const LINK_BLOCK_DENSITY = 0.5;
const LINK_BLOCK_LINKS = 4;
const LINK_BLOCK_CHARS = 20;

/** True for an element that may hold the main content. */
export function isCandidate(element: Element): boolean {
  if (!isCandidateTag(element)) return false;
  if (element.name !== 'td') return true;
  const table = tableOf(element);
  return table !== null && isLayoutTable(table);
}

/** A run's score: 1, plus its clause marks, plus up to 5 for its length (non-Han characters count a third). */
function runScore(run: TextStats): number {
  const plain = run.chars - run.linkChars;
  if (plain < MIN_RUN_CHARS) return 0;
  const weighted = run.cjk + (plain - run.cjk) / 3;
  return 1 + run.punct + Math.min(Math.floor(weighted / 40), 5);
}

/** The share of a run's score the container `level` steps up receives. */
function share(level: number): number {
  if (level === 0) return 1;
  if (level === 1) return 1 / 2;
  return 1 / (3 * level);
}

/** Scores every candidate container under `root` by the runs of text inside it. */
function scoreCandidates(root: ParentNode, skip: (element: Element) => boolean): Map<Element, number> {
  const scores = new Map<Element, number>();
  const candidates: Element[] = [];
  const runs: TextStats[] = [];
  const frames: { candidate: boolean; block: boolean; link: boolean }[] = [];
  let links = 0;
  walkHtml(root, {
    enter(element) {
      if (skip(element)) return false;
      const frame = { candidate: isCandidate(element), block: isBlockElement(element), link: isLink(element) };
      frames.push(frame);
      if (frame.candidate) candidates.push(element);
      if (frame.block) runs.push(emptyStats());
      if (frame.link) links += 1;
      return true;
    },
    text(node) {
      const run = runs[runs.length - 1];
      if (run) addStats(run, statsOfText(node.data, links > 0));
    },
    exit() {
      const frame = frames.pop()!;
      if (frame.link) links -= 1;
      if (frame.block) {
        const score = runScore(runs.pop()!);
        for (let level = 0; score > 0 && level < SCORE_DEPTH; level++) {
          const candidate = candidates[candidates.length - 1 - level];
          if (candidate === undefined) break;
          scores.set(candidate, (scores.get(candidate) ?? 0) + score * share(level));
        }
      }
      if (frame.candidate) candidates.pop();
    },
  });
  return scores;
}

/** A candidate's final score: its runs' share, its tag and names, discounted by its link density. */
function finalScore(element: Element, runs: number, stats: TextStats | undefined): number {
  let score = runs + (TAG_BONUS[element.name] ?? 0);
  if (hasContentHint(element)) score += NAME_WEIGHT;
  if (chromeHint(element) !== null) score -= NAME_WEIGHT;
  return score * (1 - linkDensity(stats ?? emptyStats()));
}

/** The nearest candidate container above `element`, or null. */
function candidateParent(element: Element): Element | null {
  for (let node = element.parent; node !== null && isTag(node); node = node.parent) {
    if (isCandidate(node)) return node;
  }
  return null;
}

/** A block of links beside the content: mostly link text, and more than a print/close pair. */
function isLinkBlock(stats: TextStats): boolean {
  return linkDensity(stats) > LINK_BLOCK_DENSITY && (stats.links >= LINK_BLOCK_LINKS || stats.linkChars >= LINK_BLOCK_CHARS);
}

/** The blocks of links beside the path from `inner` up to `outer` (siblings of each step). */
function linkBlocksBeside(inner: Element, outer: Element, stats: ReadonlyMap<Element, TextStats>): Element[] {
  const blocks: Element[] = [];
  for (let node: Element = inner; node !== outer; ) {
    const parent = node.parent;
    if (parent === null || !isTag(parent)) break;
    for (const sibling of parent.children) {
      const counted = sibling !== node && isTag(sibling) ? stats.get(sibling) : undefined;
      if (counted && isLinkBlock(counted)) blocks.push(sibling as Element);
    }
    node = parent;
  }
  return blocks;
}

/**
 * True when the content may grow from `inner` to `outer`: what `outer` adds is
 * not link-heavy, and it is either small (a title, a date line, a greeting)
 * or prose (more of the article in a sibling container).
 */
function mayGrow(inner: TextStats, outer: TextStats): boolean {
  const added = subtractStats(outer, inner);
  if (added.chars === 0) return true;
  if (linkDensity(added) > GROW_MAX_LINK_DENSITY) return false;
  const small = added.chars <= Math.max(GROW_SMALL_CHARS, inner.chars / 4);
  const prose = added.punct * PROSE_CHARS_PER_MARK >= added.chars - added.linkChars;
  return small || prose;
}

/** The page's article: the element holding it, and blocks of links inside that are not part of it. */
export interface MainContent {
  element: Element;
  /** Lists of links (related stories, trending) the content took in around its title: navigation to drop. */
  linkBlocks: Element[];
}

/** How many containers up from the text its `<h1>` may stand. */
const TITLE_REACH = 2;

/**
 * Reaches up from `content`, when it holds no `<h1>`, to the nearest of its
 * next two containers holding one, if all that adds — a list of links aside —
 * is a little text: the article's title and date line above a related-links
 * list. Returns that container and the link blocks to drop, or null.
 */
function reachTitle(content: Element, stats: ReadonlyMap<Element, TextStats>): MainContent | null {
  const inner = stats.get(content);
  if (inner === undefined || inner.h1 > 0) return null;
  let outer: Element | null = content;
  for (let step = 0; step < TITLE_REACH; step++) {
    outer = candidateParent(outer);
    if (outer === null || outer.name === 'body') return null;
    const whole = stats.get(outer);
    if (whole === undefined || whole.h1 === 0) continue;
    const linkBlocks = linkBlocksBeside(content, outer, stats);
    const kept = linkBlocks.reduce((rest, block) => subtractStats(rest, stats.get(block)!), whole);
    return kept.h1 > 0 && mayGrow(inner, kept) ? { element: outer, linkBlocks } : null;
  }
  return null;
}

/**
 * The page's article, or null when nothing scores (the caller then reads
 * the whole body). The best-scoring container is taken, then grown outwards
 * while each parent adds only a little non-link text (the article's title
 * and date line above it) or more prose, and no block of links (a
 * related-stories list) stands beside it; it never grows to `<body>` that
 * way. If it still lacks an `<h1>` and one stands a container or two up
 * with little else but link blocks, it reaches up to take it in, the link
 * blocks set aside. `skip` marks removed elements (silent, chrome); `stats`
 * are the text counts with them left out.
 */
export function findMainContent(
  root: ParentNode,
  skip: (element: Element) => boolean,
  stats: ReadonlyMap<Element, TextStats>,
): MainContent | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, runs] of scoreCandidates(root, skip)) {
    const score = finalScore(element, runs, stats.get(element));
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (best === null) return null;
  for (;;) {
    const parent = candidateParent(best);
    if (parent === null || parent.name === 'body') break;
    const inner = stats.get(best);
    const outer = stats.get(parent);
    if (inner === undefined || outer === undefined || !mayGrow(inner, outer)) break;
    if (linkBlocksBeside(best, parent, stats).length > 0) break;
    best = parent;
  }
  return reachTitle(best, stats) ?? { element: best, linkBlocks: [] };
}
