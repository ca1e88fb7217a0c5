import { describe, expect, it } from 'vitest';
import { anchor, type AnchorMethod } from './anchor';
import { describeRange } from './describe-range';
import { seededRandom, type SeededRandom } from './fixtures/seeded-random';
import { pickHighlights, simulatedReport, type TextSpan } from './fixtures/simulated-report';
import { applyEdits, editsInside, editsOutside, mapSpan, type TextEdit } from './fixtures/text-edits';
import { reanchorAll } from './reanchor-all';

/**
 * Re-anchoring measured over generated reports: 300 reports of 3,000–8,000
 * code units built from stock phrases and figures, 20 highlights each, edited
 * by a seeded generator that knows where every highlight truly went.
 * MEASURE_SEED changes the seed; the rates are printed for quoting.
 */

const REPORTS = 300;
const HIGHLIGHTS = 20;
const SEED = Number(process.env.MEASURE_SEED ?? 20261122);
const LONG = { timeout: 120_000 };

interface Tally {
  total: number;
  anchored: number;
  /** Placed somewhere the passage is not (see each test for what counts). */
  wrong: string[];
  /** Placed on exactly the true range. */
  exactRange: number;
  methods: Record<AnchorMethod | 'orphan', number>;
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(2)}%`;

/** One generated report, its highlights, and the edits made to it. */
function edited(random: SeededRandom, inside: boolean): { text: string; spans: TextSpan[]; after: string; edits: TextEdit[] } {
  const text = simulatedReport(random, random.int(3000, 8000));
  const spans = pickHighlights(random, text, HIGHLIGHTS);
  const outside = editsOutside(random, text, spans, 0.01 + random.next() * 0.04);
  const edits = inside ? [...outside, ...editsInside(random, text, spans, outside)] : outside;
  return { text, spans, after: applyEdits(text, edits), edits };
}

/** Anchors every highlight of every report; `isWrong` judges a placement against the true range. */
function measure(inside: boolean, isWrong: (placed: TextSpan, truth: TextSpan, text: string, exact: string) => boolean): Tally {
  const tally: Tally = { total: 0, anchored: 0, wrong: [], exactRange: 0, methods: { position: 0, quote: 0, fuzzy: 0, orphan: 0 } };
  for (let r = 0; r < REPORTS; r++) {
    const { text, spans, after, edits } = edited(seededRandom(SEED + r), inside);
    for (const span of spans) {
      const selectors = describeRange(text, span.start, span.end);
      const truth = mapSpan(span, edits);
      const placed = anchor(after, selectors);
      tally.total += 1;
      tally.methods[placed?.method ?? 'orphan'] += 1;
      if (placed === null) continue;
      tally.anchored += 1;
      if (placed.start === truth.start && placed.end === truth.end) tally.exactRange += 1;
      if (isWrong(placed, truth, after, selectors.quote.exact)) tally.wrong.push(`report ${r}: ${JSON.stringify(selectors.quote.exact)} at [${placed.start}, ${placed.end}), truly [${truth.start}, ${truth.end})`);
    }
  }
  return tally;
}

function report(label: string, tally: Tally): void {
  const { total, anchored, wrong, exactRange, methods } = tally;
  console.info(
    `${label}: ${percent(anchored, total)} re-anchored (${anchored}/${total}), ${wrong.length} misplaced, ` +
      `${percent(exactRange, total)} on exactly the true range; methods ${JSON.stringify(methods)}`,
  );
}

describe(`re-anchoring ${REPORTS} generated reports × ${HIGHLIGHTS} highlights (seed ${SEED})`, () => {
  it('after edits of 1–5% of the text outside the highlights: ≥ 99% re-anchored, each exactly where its quote went', LONG, () => {
    const tally = measure(false, (placed, truth, text, exact) => placed.start !== truth.start || placed.end !== truth.end || text.slice(placed.start, placed.end) !== exact);
    report('edits outside the quotes', tally);
    expect(tally.wrong).toEqual([]);
    expect(tally.anchored / tally.total).toBeGreaterThanOrEqual(0.99);
  });

  it('after 1–2 code units edited inside every quote as well: ≥ 95% re-anchored, none off its true place', LONG, () => {
    const tally = measure(true, (placed, truth) => placed.end <= truth.start || placed.start >= truth.end);
    report('1–2 code units edited inside each quote, plus 1–5% outside', tally);
    expect(tally.wrong).toEqual([]);
    expect(tally.anchored / tally.total).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves highlights of another report mostly orphaned, though the stock phrases are shared', LONG, () => {
    let placed = 0;
    let total = 0;
    for (let r = 0; r < 50; r++) {
      const text = simulatedReport(seededRandom(SEED + r), 6000);
      const other = simulatedReport(seededRandom(SEED - 1 - r), 6000);
      for (const span of pickHighlights(seededRandom(SEED + 10_000 + r), other, HIGHLIGHTS)) {
        total += 1;
        if (anchor(text, describeRange(other, span.start, span.end)) !== null) placed += 1;
      }
    }
    console.info(`highlights of another report: ${percent(placed, total)} placed (${placed}/${total}), the rest orphans`);
    expect(placed / total).toBeLessThan(0.1);
  });
});

describe('re-anchoring 1,000 highlights on a 140,000-unit report after 2% edits (timed, not asserted)', () => {
  const random = seededRandom(SEED);
  const text = simulatedReport(random, 140_000);
  const spans = pickHighlights(random, text, 1000);
  const highlights = spans.map((span) => describeRange(text, span.start, span.end));

  it.each([
    ['outside the highlights', editsOutside(random, text, spans, 0.02)],
    ['anywhere, quotes included', editsOutside(random, text, [], 0.02)],
  ] as const)('edits %s', (label, edits) => {
    const after = applyEdits(text, edits);
    const started = performance.now();
    const results = reanchorAll(after, highlights);
    const elapsed = performance.now() - started;
    const orphans = results.filter((result) => result.status === 'orphan').length;
    const fuzzy = results.filter((result) => result.status === 'anchored' && result.method === 'fuzzy').length;
    console.info(
      `reanchorAll, ${highlights.length} highlights on ${after.length} code units, ${edits.length} edits ${label}: ` +
        `${elapsed.toFixed(0)} ms, ${fuzzy} fuzzy, ${orphans} orphans`,
    );
    expect(results).toHaveLength(highlights.length);
    expect(orphans / highlights.length).toBeLessThan(0.01);
  }, 60_000);
});
