import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe-range';
import type { HighlightSelectors } from '../anchoring/selectors';
import type { Block } from '../report/report';
import type { CitedReport } from './citation';
import { excerptsOfReport, type ExcerptHighlight } from './excerpts-of-report';

/** A report body from its lines; headings are the lines that start with a numeral and '、'. */
function bodyOf(lines: readonly string[]): { text: string; blocks: Block[] } {
  let at = 0;
  const blocks = lines.map((line, index): Block => {
    const block: Block = index === 0 ? { kind: 'title', start: at, end: at + line.length } : /^[一二三四五]、/.test(line) ? { kind: 'heading', level: 1, start: at, end: at + line.length } : { kind: 'paragraph', start: at, end: at + line.length };
    at += line.length + 1;
    return block;
  });
  return { text: lines.join('\n'), blocks };
}

const OLD = bodyOf([
  '某某镇2024年政府工作报告',
  '一、2023年工作回顾',
  '全年新建高标准农田2000亩，粮食总产稳定在1.5万吨。',
  '新增城镇就业岗位300个，改造农村危房45户。',
  '二、2024年工作安排',
  '持续推进乡村振兴，加快建设宜居宜业和美乡村。',
]);
/** The same report re-imported: a paragraph added before the others, one figure corrected. */
const NEW = bodyOf([
  '某某镇2024年政府工作报告',
  '各位代表：现在，我代表镇人民政府向大会报告工作。',
  '一、2023年工作回顾',
  '全年新建高标准农田2000亩，粮食总产稳定在1.5万吨。',
  '新增城镇就业岗位320个，改造农村危房45户。',
  '二、2024年工作安排',
  '持续推进乡村振兴，加快建设宜居宜业和美乡村。',
]);
const report: CitedReport = { id: 'r1', title: '某某镇2024年政府工作报告', place: '某某镇', placeLevel: '镇', year: 2024 };

const selectorsOf = (text: string, phrase: string, length = phrase.length): HighlightSelectors => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return describeRange(text, start, start + length);
};
const highlight = (id: string, selectors: HighlightSelectors, textHash = 'old', themeIds: string[] = []): ExcerptHighlight => ({
  id,
  themeIds,
  note: `注${id}`,
  selectors,
  textHash,
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-03T03:04:05.000Z',
});

describe('excerptsOfReport', () => {
  it('takes the position as it is when the text is the one the highlight was made against', () => {
    const selectors = selectorsOf(OLD.text, '高标准农田');
    // Context that no longer matches shows the position was trusted without anchoring.
    const stale = { ...selectors, quote: { ...selectors.quote, prefix: '无关', suffix: '无关' } };
    const { excerpts, orphans } = excerptsOfReport(report, OLD, [highlight('a', stale, 'old', ['rural'])], 'old');
    expect(orphans).toEqual([]);
    expect(excerpts).toEqual([
      {
        highlightId: 'a',
        text: '高标准农田',
        start: selectors.position.start,
        end: selectors.position.end,
        themeIds: ['rural'],
        note: '注a',
        createdAt: '2026-01-02T03:04:05.000Z',
        updatedAt: '2026-01-03T03:04:05.000Z',
        citation: { reportId: 'r1', reportTitle: report.title, place: '某某镇', placeLevel: '镇', year: 2024, headingPath: ['一、2023年工作回顾'], paragraph: 1 },
      },
    ]);
  });

  it('anchors again when the text changed, citing the new place and passage', () => {
    const moved = highlight('moved', selectorsOf(OLD.text, '和美乡村'));
    const edited = highlight('edited', selectorsOf(OLD.text, '新增城镇就业岗位300个'));
    const { excerpts, orphans } = excerptsOfReport(report, NEW, [moved, edited], 'new');
    expect(orphans).toEqual([]);
    expect(excerpts.map((e) => [e.highlightId, e.text, NEW.text.slice(e.start, e.end), e.citation.headingPath, e.citation.paragraph])).toEqual([
      ['edited', '新增城镇就业岗位320个', '新增城镇就业岗位320个', ['一、2023年工作回顾'], 3],
      ['moved', '和美乡村', '和美乡村', ['二、2024年工作安排'], 4],
    ]);
  });

  it('anchors again when the same text no longer holds the quote at the position', () => {
    const selectors = selectorsOf(OLD.text, '改造农村危房');
    const shifted = { ...selectors, position: { start: selectors.position.start + 3, end: selectors.position.end + 3 } };
    const { excerpts } = excerptsOfReport(report, OLD, [highlight('a', shifted)], 'old');
    expect(excerpts[0]).toMatchObject({ text: '改造农村危房', start: selectors.position.start });
  });

  it('names what cannot be placed as orphans, in the order given, and keeps the rest', () => {
    const gone = highlight('gone', { position: { start: 5, end: 12 }, quote: { exact: '建设智慧城市大脑平台', prefix: '', suffix: '' } });
    const empty = highlight('empty', { position: { start: 0, end: 0 }, quote: { exact: '', prefix: '', suffix: '' } });
    const kept = highlight('kept', selectorsOf(OLD.text, '乡村振兴'));
    const { excerpts, orphans } = excerptsOfReport(report, NEW, [gone, kept, empty], 'new');
    expect(orphans).toEqual(['gone', 'empty']);
    expect(excerpts.map((e) => e.highlightId)).toEqual(['kept']);
  });

  it('keeps a stored position before the text when the quote is elsewhere', () => {
    const selectors = selectorsOf(OLD.text, '粮食总产');
    const negative = { ...selectors, position: { start: -4, end: 0 } };
    const { excerpts } = excerptsOfReport(report, OLD, [highlight('a', negative)], 'old');
    expect(excerpts[0]).toMatchObject({ text: '粮食总产', start: selectors.position.start });
  });

  it('orders by start, the longer passage first, then as given', () => {
    const text = OLD.text;
    const list = [
      highlight('late', selectorsOf(text, '宜居宜业')),
      highlight('short', selectorsOf(text, '全年新建', 2)),
      highlight('long', selectorsOf(text, '全年新建高标准农田')),
      highlight('same', selectorsOf(text, '全年新建', 2)),
    ];
    expect(excerptsOfReport(report, OLD, list, 'old').excerpts.map((e) => e.highlightId)).toEqual(['long', 'short', 'same', 'late']);
  });

  it('gives nothing for no highlights', () => {
    expect(excerptsOfReport(report, OLD, [], 'old')).toEqual({ excerpts: [], orphans: [] });
  });
});
