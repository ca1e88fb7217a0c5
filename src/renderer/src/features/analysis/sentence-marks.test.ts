import { describe, expect, it } from 'vitest';
import { sentenceRuns } from './sentence-marks';

describe('sentenceRuns', () => {
  it('marks keywords, merging overlapping and touching matches', () => {
    // The sentence starts at offset 100 of its report.
    const runs = sentenceRuns('加强生态环保督察。', 100, [
      { start: 102, end: 104 },
      { start: 102, end: 106 },
      { start: 106, end: 108 },
    ]);
    expect(runs).toEqual([
      { text: '加强', marked: false },
      { text: '生态环保督察', marked: true },
      { text: '。', marked: false },
    ]);
  });

  it('gives the whole sentence unmarked without matches, and clips matches to the sentence', () => {
    expect(sentenceRuns('稳粮。', 0, [])).toEqual([{ text: '稳粮。', marked: false }]);
    expect(sentenceRuns('稳粮。', 10, [{ start: 8, end: 11 }])).toEqual([
      { text: '稳', marked: true },
      { text: '粮。', marked: false },
    ]);
  });
});
