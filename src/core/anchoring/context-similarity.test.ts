import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextRun, contextSimilarity, type ContextSide } from './context-similarity';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);

/** The same similarity by the textbook dynamic programme, to check the bit-parallel one against. */
function reference(text: string, stored: string, edge: number, side: ContextSide): number {
  const context = side === 'before' ? stored.slice(-32) : stored.slice(0, 32);
  const m = context.length;
  if (m === 0) return 1;
  const n = Math.min(side === 'before' ? edge : text.length - edge, m + Math.ceil(m / 2));
  const a = Array.from({ length: m }, (_, i) => (side === 'before' ? context[m - 1 - i] : context[i]));
  const b = Array.from({ length: n }, (_, j) => (side === 'before' ? text[edge - 1 - j] : text[edge + j]));
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    for (let j = 1; j <= n; j++) {
      current[j] = Math.min((previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    previous = current;
  }
  return 1 - Math.min(...previous) / m;
}

const TEXT = '全年地区生产总值增长5.2%，推进乡村振兴，新增城镇就业1.2万人。';
const QUOTE_AT = TEXT.indexOf('推进乡村振兴');
const QUOTE_END = QUOTE_AT + '推进乡村振兴'.length;

describe('contextSimilarity', () => {
  it.each([
    ['an intact prefix', '增长5.2%，', QUOTE_AT, 'before', 1],
    ['an intact suffix', '，新增城镇', QUOTE_END, 'after', 1],
    ['an empty context', '', QUOTE_AT, 'before', 1],
    ['one substitution in 7', '增长5.3%，', QUOTE_AT, 'before', 6 / 7],
    ['a unit the text gained: one edit in 7', '值增长.2%，', QUOTE_AT, 'before', 6 / 7],
    ['a context longer than the text there', '前言：全年地区生产总值增长5.2%，', QUOTE_AT, 'before', 15 / 18],
    ['an unrelated suffix', '守住安全生产底线', QUOTE_END, 'after', 0],
  ] as const)('%s', (_, stored, edge, side, expected) => {
    expect(contextSimilarity(TEXT, stored, edge, side)).toBeCloseTo(expected, 10);
  });

  it('counts only the 32 code units nearest the edge', () => {
    // 17 unrelated units and the 15 true ones make the 32 compared; the 23 further out are ignored.
    const stored = `${'无关'.repeat(20)}${TEXT.slice(0, QUOTE_AT)}`;
    expect(contextSimilarity(TEXT, stored, QUOTE_AT, 'before')).toBeCloseTo(15 / 32, 10);
  });

  it('agrees with the textbook edit distance, for any text, context, edge and side', () => {
    const unit = fc.constantFrom('推', '进', '乡', '村', '5', '，', '𬌗');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 80 }),
        fc.string({ unit, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom<ContextSide>('before', 'after'),
        (text, stored, edgeSeed, side) => {
          const edge = edgeSeed % (text.length + 1);
          expect(contextSimilarity(text, stored, edge, side)).toBeCloseTo(reference(text, stored, edge, side), 10);
        },
      ),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});

describe('contextRun', () => {
  it.each([
    ['a prefix matching to its start', '增长5.2%，', QUOTE_AT, 'before', 7],
    ['a prefix matching for 2 units', '增长5.3%，', QUOTE_AT, 'before', 2],
    ['a suffix matching for 3 units', '，新增乡村', QUOTE_END, 'after', 3],
    ['a context past the text', 'X全年地区', 0, 'before', 0],
  ] as const)('%s', (_, stored, edge, side, expected) => {
    expect(contextRun(TEXT, stored, edge, side)).toBe(expected);
  });
});
