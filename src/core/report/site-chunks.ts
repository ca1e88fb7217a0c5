/**
 * Document-sharing sites cut a report into numbered chunks, `1、…` `2、…`,
 * where the numbers are the site's, not the report's, and a chunk boundary
 * may fall inside a sentence or a word. Recognising such a run lets the
 * parser drop the numbers and read the cut sentence whole again.
 */

/** `12、` at the start of a line: the number and its length with the mark. */
const CHUNK_NUMBER = /^(\d{1,3})、\s*/u;

/** Punctuation that can close a sentence (and so a real list item). */
const SENTENCE_END = /[。！？!?；;…”’」』）)]$/u;

/** A run of chunk lines: the indexes of its lines, in order. */
export interface SiteChunkRun {
  lines: number[];
}

/** Fewest chunks that make a run. */
const MIN_CHUNKS = 3;
/** Chunks are long: a site cuts by size, a report's list items are short. */
const MIN_AVERAGE_LENGTH = 200;

/**
 * Finds runs of lines numbered `1、`, `2、`, `3、`… in order that are the
 * site's chunks rather than the report's list: at least three, long on
 * average, and cut mid-sentence at most of their boundaries. `lines` are the
 * candidate lines (debris already set aside, so a paywall's own numbered
 * notice is not seen here); the indexes returned are into `lines`.
 */
export function findSiteChunkRuns(lines: readonly string[]): SiteChunkRun[] {
  const runs: SiteChunkRun[] = [];
  let i = 0;
  while (i < lines.length) {
    if (chunkNumber(lines[i]!) !== 1) {
      i += 1;
      continue;
    }
    const run = [i];
    let next = 2;
    let j = i + 1;
    while (j < lines.length && chunkNumber(lines[j]!) === next) {
      run.push(j);
      next += 1;
      j += 1;
    }
    if (isSiteChunkRun(run.map((k) => lines[k]!))) runs.push({ lines: run });
    i = j;
  }
  return runs;
}

function chunkNumber(line: string): number | null {
  const match = CHUNK_NUMBER.exec(line);
  return match ? Number(match[1]) : null;
}

function isSiteChunkRun(chunks: readonly string[]): boolean {
  if (chunks.length < MIN_CHUNKS) return false;
  const average = chunks.reduce((sum, c) => sum + c.length, 0) / chunks.length;
  if (average < MIN_AVERAGE_LENGTH) return false;
  const cut = chunks.slice(0, -1).filter((chunk) => !SENTENCE_END.test(chunk)).length;
  return cut * 2 >= chunks.length - 1;
}

/** A chunk line without its site number: the text, and the number as written. */
export function stripChunkNumber(line: string): { text: string; number: string } {
  const match = CHUNK_NUMBER.exec(line);
  if (!match) throw new RangeError(`stripChunkNumber: "${line.slice(0, 20)}" does not start with a chunk number`);
  return { text: line.slice(match[0].length), number: match[0].trim() };
}
