/**
 * What a web page says about the report it carries, read from the lines
 * hidden as publish information, byline and summary: the publish date, the
 * source, the author, the summary. These are kept apart from the report's
 * own delivery date.
 */
import type { HiddenPiece } from './working-line';

export interface PageMetadata {
  published: string | null;
  source: string | null;
  author: string | null;
  summary: string | null;
}

const DATE_TIME = /(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/u;
const SOURCE = /(?:信息来源|来源)\s*[:：]\s*([^\s【[|]+)/u;
const AUTHOR = /(?:文\s*[/／|]|作者\s*[:：]|(?:本报)?记者|通讯员)\s*([\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*)/u;
const SUMMARY = /^(?:核心提示|内容提要|内容摘要|摘要|导读)\s*[:：]\s*/u;

/** Reads page metadata from hidden lines; the first of each kind wins. */
export function pageMetadata(pieces: readonly HiddenPiece[]): PageMetadata {
  const meta: PageMetadata = { published: null, source: null, author: null, summary: null };
  for (const { text, reason } of pieces) {
    if (reason === 'publish-info') {
      meta.published ??= DATE_TIME.exec(text)?.[0] ?? null;
      meta.source ??= SOURCE.exec(text)?.[1] ?? null;
      meta.author ??= /作者\s*[:：]/u.test(text) ? (AUTHOR.exec(text)?.[1] ?? null) : null;
    } else if (reason === 'byline') {
      meta.author ??= AUTHOR.exec(text)?.[1] ?? null;
    } else if (reason === 'summary') {
      meta.summary ??= text.replace(SUMMARY, '');
    }
  }
  return meta;
}
