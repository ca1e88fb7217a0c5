import { describe, expect, it } from 'vitest';
import { exactQuoteCandidates, MAX_SCORED_OCCURRENCES } from './exact-quote-candidates';

describe('exactQuoteCandidates', () => {
  const text = '一推进乡村振兴。二推进乡村振兴。三推进乡村振兴。';
  it.each([
    ['the context picks the occurrence', { exact: '推进乡村振兴', prefix: '。二', suffix: '。三' }, null, [9, 17, 1]],
    ['equal contexts: the nearest the hint wins', { exact: '推进乡村振兴', prefix: '', suffix: '' }, 15, [17, 9, 1]],
    ['no occurrence', { exact: '推进城乡融合', prefix: '', suffix: '' }, 0, []],
    ['an empty quote', { exact: '', prefix: '', suffix: '' }, 0, []],
  ] as const)('%s', (_, quote, hint, starts) => {
    expect(exactQuoteCandidates(text, quote, hint).candidates.map((c) => c.start)).toEqual(starts);
  });

  it('counts overlapping occurrences', () => {
    expect(exactQuoteCandidates('哈哈哈哈', { exact: '哈哈', prefix: '', suffix: '' }, 0).occurrences).toEqual([0, 1, 2]);
  });

  it('shortlists a common phrase and still finds the occurrence its context names', () => {
    const parts = Array.from({ length: 300 }, (_, i) => `第${i}条，经济发展。`);
    const text = parts.join('');
    const start = text.indexOf('第250条，经济发展') + '第250条，'.length;
    const { occurrences, candidates } = exactQuoteCandidates(text, { exact: '经济发展', prefix: '第250条，', suffix: '。第251条' }, 0);
    expect(occurrences).toHaveLength(300);
    expect(candidates).toHaveLength(MAX_SCORED_OCCURRENCES);
    expect(candidates[0]).toMatchObject({ start, prefix: 1, suffix: 1 });
  });
});
