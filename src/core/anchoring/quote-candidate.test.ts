import { describe, expect, it } from 'vitest';
import { compareByContext, compareCandidates, isAcceptable, isBracketed, isStrong, scoreCandidate, type ScoredCandidate } from './quote-candidate';

const TEXT = '全年地区生产总值增长5.2%，推进乡村振兴，新增城镇就业1.2万人。';
const QUOTE = { exact: '推进乡村振兴', prefix: '增长5.2%，', suffix: '，新增城镇' };
const START = TEXT.indexOf('推进乡村振兴');

const scored = (over: Partial<ScoredCandidate>): ScoredCandidate => ({
  start: 0,
  end: 6,
  errors: 0,
  quote: 1,
  prefix: 1,
  suffix: 1,
  context: 1,
  distance: 0,
  score: 1,
  ...over,
});

describe('scoreCandidate', () => {
  it.each([
    ['the true place, at the old position', QUOTE, START, 0, START, { quote: 1, context: 1, distance: 0, score: 1 }],
    ['the true place, 8 units from the old position', QUOTE, START, 0, START + 8, { quote: 1, context: 1, distance: 8, score: (90 + 2 * (1 - 8 / TEXT.length)) / 92 }],
    ['one error in six, no hint', QUOTE, START, 1, null, { quote: 5 / 6, context: 1, distance: 0, score: (50 * (5 / 6) + 42) / 92 }],
    ['a short suffix counts for its length', { ...QUOTE, prefix: '守住安全生产底线', suffix: '，新' }, START, 0, START, { prefix: 0, suffix: 1, context: 2 / 10 }],
    ['no context at all counts as a match', { ...QUOTE, prefix: '', suffix: '' }, START, 0, START, { context: 1, score: 1 }],
  ] as const)('%s', (_, quote, start, errors, hint, expected) => {
    const result = scoreCandidate(TEXT, quote, { start, end: start + 6, errors }, hint);
    for (const [key, value] of Object.entries(expected)) expect(result[key as keyof typeof expected]).toBeCloseTo(value, 10);
  });
});

describe('compareByContext', () => {
  it('puts the better context first, the quote counting a tenth', () => {
    const passage = scored({ start: 10, quote: 0.5, context: 1, score: 0.72 });
    const shiftedCopy = scored({ start: 6, quote: 1, context: 0.89, score: 0.95 });
    const shiftedByOne = scored({ start: 11, quote: 0.75, context: 0.97, score: 0.85 });
    expect([shiftedCopy, shiftedByOne, passage].sort(compareByContext).map((c) => c.start)).toEqual([10, 11, 6]);
    expect([shiftedCopy, passage].sort(compareCandidates).map((c) => c.start)).toEqual([6, 10]);
  });
});

describe('compareCandidates', () => {
  it('orders by score, then distance, then start', () => {
    const list = [scored({ score: 0.9, start: 1 }), scored({ score: 0.95, distance: 9, start: 2 }), scored({ score: 0.95, distance: 3, start: 3 }), scored({ score: 0.95, distance: 3, start: 0 })];
    expect([...list].sort(compareCandidates).map((c) => c.start)).toEqual([0, 3, 2, 1]);
  });
});

describe('judging a candidate', () => {
  it.each([
    { name: 'verbatim with its context', candidate: scored({}), strong: true, acceptable: true, bracketed: true },
    { name: 'three quarters of the quote, context intact', candidate: scored({ quote: 0.75, score: 0.86 }), strong: true, acceptable: true, bracketed: true },
    { name: 'under three quarters, context intact', candidate: scored({ quote: 0.6, score: 0.78 }), strong: false, acceptable: false, bracketed: true },
    { name: 'half the quote, context intact', candidate: scored({ quote: 0.5, score: 0.73 }), strong: false, acceptable: false, bracketed: true },
    { name: 'verbatim, one side of the context gone', candidate: scored({ suffix: 0.1, context: 0.55, score: 0.8 }), strong: false, acceptable: true, bracketed: false },
    { name: 'verbatim, both sides mostly gone', candidate: scored({ prefix: 0.3, suffix: 0.3, context: 0.3, score: 0.69 }), strong: false, acceptable: false, bracketed: false },
    { name: 'a long quote, 0.9 alike, context gone', candidate: scored({ quote: 0.9, prefix: 0, suffix: 0, context: 0, score: 0.51, end: 20 }), strong: false, acceptable: true, bracketed: false },
  ])('$name: strong $strong, acceptable $acceptable, bracketed $bracketed', ({ candidate, strong, acceptable, bracketed }) => {
    expect(isStrong(candidate)).toBe(strong);
    expect(isAcceptable(candidate, candidate.end - candidate.start)).toBe(acceptable);
    expect(isBracketed(candidate)).toBe(bracketed);
  });
});
