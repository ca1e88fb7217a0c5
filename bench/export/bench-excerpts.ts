/**
 * The excerpts the export benchmark writes: 20,000 of them, deterministic
 * for a seed, made from the project's generated corpus (bench/report-corpus.ts)
 * as the app would make them from highlights. Each report is parsed by
 * core's importer; its excerpts are passages of 20–200 characters inside
 * its paragraphs, each with one to three themes of the default codebook
 * (resources/codebook.json, nested themes included), a note on about one in
 * three (some of two lines), times a minute apart, and the citation core
 * works out for the passage (`citations`). Excerpts are in reading order,
 * report by report.
 */
import codebookFile from '../../resources/codebook.json';
import { citations } from '../../src/core/excerpts/citation';
import type { Excerpt, ExcerptExport } from '../../src/core/excerpts/excerpt';
import { parseReportFile } from '../../src/core/import/parse-report-file';
import { defaultCodebook } from '../../src/core/themes/default-codebook';
import { reportCorpus, seededRandom } from '../report-corpus';

/** Notes an analyst might write, the project's own; one in five of the notes used has a second line. */
const NOTES = [
  '与上年报告相比，提法有变化。',
  '数据口径待核实。',
  '可与市级报告对照阅读。',
  '量化指标，留作比较。',
  '新提法，首次出现。',
  '表述与省级报告一致。',
  '注意增速与上年的差距。',
  '典型做法，可作案例。',
];

/** The export time written into every file, so runs write the same bytes. */
export const EXPORTED_AT = '2026-11-22T12:00:00+08:00';

/**
 * `count` excerpts spread evenly over `reports` generated reports of about
 * `charsEach` characters, from `seed`, with the default codebook: the input
 * every excerpt writer takes.
 */
export async function benchExcerpts(count: number, reports: number, charsEach = 20_000, seed = 2024): Promise<ExcerptExport> {
  const themes = defaultCodebook(codebookFile);
  const themeIds = themes.map((theme) => theme.id);
  const random = seededRandom(seed + 7);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const encoder = new TextEncoder();
  const excerpts: Excerpt[] = [];
  const created = Date.parse('2026-03-01T09:00:00+08:00');
  for (const [index, file] of reportCorpus(reports, charsEach, seed).entries()) {
    const { reports: parsed } = await parseReportFile(encoder.encode(file.text), file.name);
    const report = parsed[0];
    if (parsed.length !== 1 || !report) throw new RangeError(`benchExcerpts: the importer made ${parsed.length} reports of ${file.name}, not one`);
    const id = `bench-export-${String(index).padStart(4, '0')}`;
    const cite = citations({ id, title: report.title, place: report.place, placeLevel: report.placeLevel, year: report.year }, report);
    const paragraphs = report.blocks.filter((block) => block.kind === 'paragraph');
    if (paragraphs.length === 0) throw new RangeError(`benchExcerpts: ${file.name} has no paragraphs`);
    // The report's share of the excerpts: count / reports, the remainder to the first reports.
    const share = Math.floor(count / reports) + (index < count % reports ? 1 : 0);
    const passages: { start: number; end: number }[] = [];
    for (let n = 0; n < share; n++) {
      const block = paragraphs[Math.floor(random() * paragraphs.length)]!;
      const length = Math.min(between(20, 200), block.end - block.start);
      const start = block.start + Math.floor(random() * (block.end - block.start - length + 1));
      passages.push({ start, end: start + length });
    }
    passages.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const { start, end } of passages) {
      const themeCount = between(1, 3);
      const chosen = new Set<string>();
      while (chosen.size < themeCount) chosen.add(themeIds[Math.floor(random() * themeIds.length)]!);
      const hasNote = random() < 1 / 3;
      const note = hasNote ? NOTES[Math.floor(random() * NOTES.length)]! + (random() < 0.2 ? `\n${NOTES[Math.floor(random() * NOTES.length)]!}` : '') : '';
      const time = new Date(created + excerpts.length * 60_000).toISOString();
      excerpts.push({
        highlightId: `bench-excerpt-${String(excerpts.length).padStart(5, '0')}`,
        text: report.text.slice(start, end),
        start,
        end,
        themeIds: [...chosen],
        note,
        createdAt: time,
        updatedAt: time,
        citation: cite(start),
      });
    }
  }
  return { excerpts, themes, exportedAt: EXPORTED_AT };
}
