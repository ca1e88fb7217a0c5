/**
 * The page's lines → the SourceDocument's lines and dropped lines: which line
 * is the article's title, what level each heading has, and where each
 * dropped line stood.
 */
import type { DroppedLine, SourceLine } from '../source-document';
import type { HtmlLine } from './html-lines';
import { matchesPageTitle, type PageTitle } from './html-page-title';

/** How far into the content the title may stand: before the first line this long. */
const TITLE_BEFORE_CHARS = 100;

/** A line on its way to the SourceDocument. */
type Draft =
  | { kind: 'line'; text: string; heading: number | null; titled: boolean; title: boolean }
  | { kind: 'dropped'; text: string; reason: string };

/**
 * The index of the content's own title among `drafts`: the first line,
 * before any long line, that is an `<h1>` or stands in a title-named element
 * (`class="title"`) before any heading, or is a plain line or `<h1>`–`<h3>`
 * matching the page's `<title>`; -1 if none.
 */
function contentTitle(drafts: readonly Draft[], title: PageTitle | null): number {
  let seenHeading = false;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (draft.kind !== 'line') continue;
    if (draft.text.length >= TITLE_BEFORE_CHARS) return -1;
    if ((draft.heading === 1 || draft.titled) && !seenHeading) return i;
    if ((draft.heading === null || draft.heading <= 3) && title !== null && matchesPageTitle(draft.text, title)) return i;
    if (draft.heading !== null) seenHeading = true;
  }
  return -1;
}

/** True when two texts differ at most in whitespace. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');
}

/** Inserts the title where its element stood (`at`; -1: nowhere), or just before the first content line if that is earlier. */
function placeTitle(drafts: Draft[], title: Draft & { kind: 'line' }, at: number): void {
  const firstLine = drafts.findIndex((draft) => draft.kind === 'line');
  if (firstLine === -1 || (at !== -1 && at < firstLine)) {
    drafts.splice(at === -1 ? drafts.length : at, 0, title);
  } else {
    drafts.splice(firstLine, 0, title);
  }
}

/**
 * Turns the walk's lines into SourceLines and DroppedLines. The title, in
 * order of preference: the content's own (see `contentTitle`); else the title
 * element outside the content (its lines joined), placed before the content
 * if it stood after it; else the `<title>`'s article part, when the `<title>`
 * also names the site. It is role 'title'. Other `<h1>`–`<h6>` in the content
 * are role 'heading', their levels the rank of their tag among the heading
 * tags the content uses (with an `<h1>` title and `<h2>`, `<h3>` below it,
 * `<h2>` is level 1 and `<h3>` level 2). An unused title element's lines are
 * dropped as 'outside-content'. Each dropped line's `before` is the index of
 * the line it stood before.
 */
export function htmlSourceLines(
  walked: readonly HtmlLine[],
  title: PageTitle | null,
): { lines: SourceLine[]; dropped: DroppedLine[] } {
  const drafts: Draft[] = [];
  const titleParts: string[] = [];
  let titleAt = -1;
  for (const line of walked) {
    if (line.kind === 'content') drafts.push({ kind: 'line', text: line.text, heading: line.heading, titled: line.titled, title: false });
    else if (line.kind === 'dropped') drafts.push({ kind: 'dropped', text: line.text, reason: line.reason });
    else {
      if (titleAt === -1) titleAt = drafts.length;
      titleParts.push(line.text);
    }
  }

  let own = contentTitle(drafts, title);
  const firstLine = drafts.findIndex((draft) => draft.kind === 'line');
  if (own === -1 && titleParts.length > 0 && firstLine !== -1 && sameText(drafts[firstLine]!.text, titleParts.join(''))) {
    own = firstLine; // the content repeats the title element's words as its first line
  }
  if (own !== -1) {
    (drafts[own] as Draft & { kind: 'line' }).title = true;
    const unused = titleParts.map((text): Draft => ({ kind: 'dropped', text, reason: 'outside-content' }));
    drafts.splice(titleAt === -1 ? 0 : titleAt, 0, ...unused);
  } else if (titleParts.length > 0) {
    placeTitle(drafts, { kind: 'line', text: titleParts.join(' '), heading: null, titled: true, title: true }, titleAt);
  } else if (title !== null && title.hadSuffix) {
    placeTitle(drafts, { kind: 'line', text: title.stem, heading: null, titled: true, title: true }, -1);
  }

  const tags = [...new Set(drafts.flatMap((d) => (d.kind === 'line' && !d.title && d.heading !== null ? [d.heading] : [])))].sort((a, b) => a - b);
  const lines: SourceLine[] = [];
  const dropped: DroppedLine[] = [];
  for (const draft of drafts) {
    if (draft.kind === 'dropped') {
      dropped.push({ text: draft.text, reason: draft.reason, before: lines.length });
    } else if (draft.title) {
      lines.push({ text: draft.text, role: 'title' });
    } else if (draft.heading !== null) {
      lines.push({ text: draft.text, role: 'heading', level: tags.indexOf(draft.heading) + 1 });
    } else {
      lines.push({ text: draft.text });
    }
  }
  return { lines, dropped };
}
