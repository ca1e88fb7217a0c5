/**
 * The acceptance corpus: the five real seed files in ../shared/seeds and
 * what ../shared/seeds/EXPECTED.md says an import of each must give. The
 * expected titles and headings are read from EXPECTED.md at test time, so
 * no seed text is copied into the project. Skipped where the seeds are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedReport, ParseResult } from '../report/report';
import { parseReportFile } from './parse-report-file';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const HAVE_SEEDS = existsSync(join(SEEDS, 'EXPECTED.md'));

/** The EXPECTED.md section of one seed file. */
function section(file: string): string {
  const doc = readFileSync(join(SEEDS, 'EXPECTED.md'), 'utf8');
  const start = doc.indexOf(`## ${file}`);
  if (start < 0) throw new RangeError(`EXPECTED.md has no section for ${file}`);
  const end = doc.indexOf('\n## ', start + 3);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** The `backticked` strings of a section between `from` and the first of `to` after it. */
function ticks(text: string, from: string, to: readonly string[] = ['\n- ']): string[] {
  const start = text.indexOf(from);
  if (start < 0) throw new RangeError(`no "${from}" in the expected section`);
  const ends = to.map((t) => text.indexOf(t, start + from.length)).filter((i) => i > 0);
  const part = text.slice(start + from.length, ends.length ? Math.min(...ends) : undefined);
  return [...part.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!);
}

/** The first capture of `pattern` in `text`; throws if EXPECTED.md no longer says it. */
function say(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new RangeError(`EXPECTED.md no longer matches ${pattern}`);
  return match[1];
}

async function parseSeed(file: string): Promise<ParseResult> {
  return parseReportFile(new Uint8Array(readFileSync(join(SEEDS, file))), file);
}

/** Headings of a report as written (run-in: the first sentence), at one level. */
function headings(report: ParsedReport, level: number): string[] {
  return report.blocks.flatMap((b) => {
    if (b.kind === 'heading' && b.level === level) return [report.text.slice(b.start, b.end)];
    if (b.runIn?.level === level) return [report.text.slice(b.start, b.runIn.end)];
    return [];
  });
}

/** Debris must be hidden: absent from the text, present among the hidden lines. */
function expectHidden(report: ParsedReport, debris: string): void {
  expect(report.text).not.toContain(debris);
  expect(report.hidden.some((h) => h.text.includes(debris))).toBe(true);
}

describe.skipIf(!HAVE_SEEDS)('the seed reports, as EXPECTED.md says', () => {
  it('000: a township report from a government site', async () => {
    const expected = section('000_b50fb4ffeb202281.txt');
    const { reports } = await parseSeed('000_b50fb4ffeb202281.txt');
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.title).toBe(ticks(expected, 'Title')[0]);
    expect(report).toMatchObject({ place: '巴州区清江镇', placeLevel: '镇', year: 2023, date: null });
    expect(report.published).toBe(ticks(expected, 'published')[0]);
    for (const debris of ticks(expected, 'Noise to hide', ['\n- Level'])) expectHidden(report, debris);
    expect(headings(report, 1)).toEqual(ticks(expected, 'Level 1:'));
    const level2 = headings(report, 2);
    expect(level2).toHaveLength(10);
    for (const heading of ticks(expected, 'Level 2 (run-in):')) expect(level2).toContain(heading);
    const notHeading = say(expected, /- `([^`]+)` is a paragraph/u);
    expect(report.text).toContain(notHeading);
    expect(report.blocks.some((b) => b.kind === 'heading' && report.text.slice(b.start, b.end) === notHeading)).toBe(false);
  });

  it('001: a plain-text township report with standalone level-2 lines', async () => {
    const expected = section('001_2a2ae9d2caf5e9d9.txt');
    const { reports } = await parseSeed('001_2a2ae9d2caf5e9d9.txt');
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.title).toBe(ticks(expected, 'Title')[0]);
    expect(report).toMatchObject({ place: '望京镇', year: 2022, date: null });
    expect(headings(report, 1)).toEqual(ticks(expected, 'Level 1:'));
    const [opening, example] = ticks(expected, 'Level 2:');
    const level2 = headings(report, 2);
    expect(level2).toHaveLength(6);
    expect(level2.every((h) => h.startsWith(opening!))).toBe(true);
    expect(level2).toContain(example);
    for (const lead of ticks(expected, 'Paragraph leads such as')) {
      expect(report.text).toContain(lead);
      expect([1, 2, 3].flatMap((level) => headings(report, level)).some((h) => h.startsWith(lead))).toBe(false);
    }
    const ad = ticks(expected, 'advertising phrase')[0]!;
    expect(report.warnings).toContain(`inserted-ad: ${ad}`);
    expect(report.text).toContain(`围绕${ad}`); // flagged, never cut out of its sentence
  });

  it('002: a .docx shown by a document-sharing site, cut into numbered chunks', async () => {
    const expected = section('002_16cf7cbd855dad02.txt');
    const { reports } = await parseSeed('002_16cf7cbd855dad02.txt');
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.title).toBe(ticks(expected, 'Title')[0]);
    expect(report).toMatchObject({ place: '度佳镇', placeLevel: '镇', year: 2024 });
    expect(report.hidden.some((h) => h.reason === 'doc-sharing')).toBe(true);
    expect(report.text).not.toContain('由会员分享');
    expect(report.text).not.toMatch(/(^|\n)\d{1,2}、/u);
    expect(report.hidden.filter((h) => h.reason === 'site-chunk-number')).toHaveLength(11);
    const [left, right, whole] = ticks(expected, 'reads whole again');
    expect(whole).toBe(`${left}${right}`);
    expect(report.text).toContain(whole);
    expect(headings(report, 1)).toEqual(ticks(expected, 'Level 1:', ['\n  Level 2']));
    for (const slip of ticks(expected, 'slips in the source', ['stay as'])) {
      expect(report.text).toContain(slip);
      expect(report.warnings.some((w) => w.startsWith('ocr-slip: ') && slip.startsWith(w.slice('ocr-slip: '.length)))).toBe(true);
    }
  });

  it('003: a compilation cut short by a paywall', async () => {
    const expected = section('003_d2fc8c44b527f0e4.txt');
    const result = await parseSeed('003_d2fc8c44b527f0e4.txt');
    const titles = ticks(expected, 'Reports: 5, in this order', ['\n- The other']).filter((t) => t.endsWith('政府工作报告'));
    expect(titles).toHaveLength(5);
    expect(result.reports.map((r) => r.title)).toEqual(titles);
    expect(result.reports.map((r) => r.place)).toEqual(['横沥镇', '六镇镇', '泥溪镇', '平湖镇', '濮院镇']);
    expect(result.reports.every((r) => r.year === 2023 && r.placeLevel === '镇')).toBe(true);
    expect(result.compilation).toMatchObject({ title: say(expected, /declares `([^`]+)`/u), declared: 19 });
    expect(result.compilation!.listed).toHaveLength(19);
    expect(result.compilation!.missing).toHaveLength(14);
    for (const title of titles) expect(result.compilation!.missing).not.toContain(title);

    const [hengli, liuzhen, nixi, pinghu, puyuan] = result.reports as [ParsedReport, ParsedReport, ParsedReport, ParsedReport, ParsedReport];
    expect(headings(hengli, 1)).toEqual(ticks(expected, '  1. ', ['\n  2.']).slice(1, 3));
    expect(headings(hengli, 2)).toHaveLength(10);
    expect(headings(hengli, 2)[0]).toBe(say(expected, /level 2 `([^`]+)`/u));
    expect(headings(liuzhen, 1)).toEqual(ticks(expected, '  2. ', ['\n  3.']).slice(1));
    expect(headings(nixi, 1)).toEqual(ticks(expected, '  3. ', ['\n  4.']).slice(1));
    expect(headings(pinghu, 1)).toEqual(ticks(expected, '  4. ', ['\n  5.']).slice(1, 3));
    expect(headings(pinghu, 2)).toHaveLength(10);
    const spaced = say(expected, /note `([^`]+?)……`/u);
    expect(headings(pinghu, 2).some((h) => h.replace(/\s/gu, ' ').startsWith(spaced))).toBe(true); // the file's space is a no-break space
    expect(headings(puyuan, 1)).toEqual(ticks(expected, '  5. ', ['\n     Marked']).slice(1));
    expect(result.reports.map((r) => r.incomplete)).toEqual([false, false, false, false, true]);
    expect(puyuan.text.endsWith(say(expected, /the text ends at `([^`]+)`/u))).toBe(true);

    for (const debris of ticks(expected, 'Noise to hide', ['Lines beginning'])) {
      for (const report of result.reports) expect(report.text).not.toContain(debris.replace(/……$/u, ''));
    }
    for (const report of result.reports) {
      expect([1, 2].flatMap((level) => headings(report, level)).some((h) => h.startsWith('各位代表'))).toBe(false);
    }
  });

  it('004: a news article reviewing a township year', async () => {
    const expected = section('004_21e9f718f2f71d18.txt');
    const { reports } = await parseSeed('004_21e9f718f2f71d18.txt');
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.title).toBe(ticks(expected, 'Title')[0]);
    expect(report).toMatchObject({ place: '柏杨坝镇', placeLevel: '镇', region: '湖北恩施利川市', year: 2023, date: null });
    expect(report.published).toBe(ticks(expected, 'published')[0]);
    expect(report.source).toBe(ticks(expected, 'source')[0]);
    expect(report.author).toBe(ticks(expected, 'author')[0]);
    expect(report.summary).not.toBeNull();
    expect(report.text).not.toContain('核心提示');
    for (const debris of ticks(expected, 'Noise to hide', ['\n- '])) {
      if (debris === '-') expect(report.text.split('\n')).not.toContain('-');
      else expectHidden(report, debris.replace(/……$/u, ''));
    }
    expect(headings(report, 1)).toEqual(ticks(expected, 'Level 1 (standalone lines):'));
    const captions = report.blocks.filter((b) => b.kind === 'caption').map((b) => report.text.slice(b.start, b.end));
    for (const caption of ticks(expected, 'such as', ['are photo'])) expect(captions).toContain(caption);
    const cutEnd = say(expected, /line 42 \(`……([^`]+)`\)/u);
    const cutStart = say(expected, /Line 43 \(`([^`]+?)……`\)/u);
    const paragraph = report.blocks.map((b) => report.text.slice(b.start, b.end)).find((p) => p.includes(cutEnd));
    expect(paragraph).toContain(`${cutEnd}${cutStart}`);
  });
});
