import { describe, expect, it } from 'vitest';
import { fuzzyQuoteCandidates, maxErrorsFor } from './fuzzy-quote-candidates';

describe('maxErrorsFor', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [10, 2],
    [100, 25],
    [128, 32],
    [1000, 32],
  ])('a quote of %i code units allows %i errors', (length, errors) => {
    expect(maxErrorsFor(length)).toBe(errors);
  });
});

describe('fuzzyQuoteCandidates', () => {
  const text = '建成高标准农田3.5万亩，推进乡村振兴；新建高标准农田4万亩。';
  const whole = { start: 0, end: text.length };

  it.each([
    ['the fewest-error matches', '高标准农田3万亩', [], [{ start: 22, end: 30, errors: 1 }]],
    [
      'the next best once the best is masked, every end that ties',
      '高标准农田3万亩',
      [{ start: 22, end: 30 }],
      [8, 9, 10, 12].map((end) => ({ start: 2, end, errors: 2 })),
    ],
    ['nothing within the error budget', '量子通信骨干网络', [], []],
  ] as const)('finds %s', (_, exact, masked, expected) => {
    expect(fuzzyQuoteCandidates(text, exact, { window: whole, masked, hint: 0 })).toEqual(expected);
  });

  it('searches only the window, reporting offsets into the whole text', () => {
    expect(fuzzyQuoteCandidates(text, '高标准农田4万', { window: { start: 15, end: 40 }, masked: [], hint: 0 })).toEqual([{ start: 22, end: 29, errors: 0 }]);
  });

  it('finds a long quote by its head and tail, whatever happened in its middle', () => {
    const passage = Array.from({ length: 20 }, (_, i) => `新建改建农村公路${i + 10}公里，`).join('');
    const middle = passage.slice(150, 200);
    const edited = passage.replace(middle, '（此处内容已调整）'.repeat(5));
    const report = `前言。${edited}结语。`;
    const [match] = fuzzyQuoteCandidates(report, passage, { window: { start: 0, end: report.length }, masked: [], hint: 0 });
    expect(match).toMatchObject({ start: 3, end: 3 + edited.length });
    expect(match?.errors).toBeGreaterThan(32);
    expect(match?.errors).toBeLessThanOrEqual(passage.length / 4);
  });
});
