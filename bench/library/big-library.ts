/**
 * The large library of bench:library: `reports` short reports of the
 * generated corpus (bench/report-corpus.ts, parsed by core's importer and
 * stored as the app's `reportRecords` makes them) and `highlights` passages
 * spread evenly over them (report i % reports), each 10–200 characters (no
 * longer than its report allows), never starting or ending on a line break,
 * tagged with one to three themes of the default codebook, with the
 * selectors and text hash the app stores. Deterministic for the seed.
 */
import { createHash } from 'node:crypto';
import codebookFile from '../../resources/codebook.json';
import { describeRange } from '../../src/core/anchoring/describe-range';
import { defaultCodebook } from '../../src/core/themes/default-codebook';
import type { HighlightRecord } from '../../src/renderer/src/db/db';
import type { ReportRecords } from '../../src/renderer/src/features/library/report-record';
import { seededRandom } from '../report-corpus';
import { searchCorpus } from '../search/search-corpus';

/** The prefix of the bench reports' ids (`bench-library-0000`…). */
export const LIBRARY_REPORT_ID = 'bench-library-';

export interface BigLibrary {
  reports: ReportRecords[];
  highlights: HighlightRecord[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A passage of 10–200 characters in `text`, off line breaks at its ends, or null when the draw falls on nothing but breaks. */
function passage(text: string, random: () => number): [number, number] | null {
  const length = Math.min(text.length - 1, 10 + Math.floor(random() * 191));
  let start = Math.floor(random() * (text.length - length));
  let end = start + length;
  while (start < end && text[start] === '\n') start += 1;
  while (end > start && text[end - 1] === '\n') end -= 1;
  return end - start >= 2 ? [start, end] : null;
}

/** The library: `reports` reports of about `charsEach` characters, `highlights` highlights over them. */
export async function bigLibrary(reports: number, charsEach: number, highlights: number, seed = 7): Promise<BigLibrary> {
  const records = await searchCorpus(reports, charsEach, LIBRARY_REPORT_ID);
  const themeIds = defaultCodebook(codebookFile).map((theme) => theme.id);
  const hashes = records.map((r) => sha256(r.text.text));
  const random = seededRandom(seed);
  const now = new Date().toISOString();
  const made: HighlightRecord[] = [];
  for (let i = 0; made.length < highlights; i++) {
    const report = records[i % reports]!;
    const range = passage(report.text.text, random);
    if (!range) continue;
    const themes = new Set<string>();
    const wanted = 1 + Math.floor(random() * 3);
    while (themes.size < wanted) themes.add(themeIds[Math.floor(random() * themeIds.length)]!);
    made.push({
      id: `bench-library-h${String(made.length).padStart(6, '0')}`,
      reportId: report.record.id,
      themeIds: [...themes],
      note: '',
      selectors: describeRange(report.text.text, range[0], range[1]),
      textHash: hashes[i % reports]!,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { reports: records, highlights: made };
}
