import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { HighlightRecord } from '../../db/db';
import { placeHighlights } from './place-highlights';
import { highlightsAt } from './placed-highlight';

const TEXT = '一、工作回顾\n抓好安全生产，坚决遏制重特大事故。兜牢脱贫底线，守住不发生规模性返贫的底线。\n二、工作安排\n持续优化营商环境。';

function stored(id: string, passage: string, text = TEXT, themeIds = ['t']): HighlightRecord {
  const start = text.indexOf(passage);
  return {
    id,
    reportId: 'r',
    themeIds,
    note: '',
    selectors: describeRange(text, start, start + passage.length),
    textHash: '',
    createdAt: '',
    updatedAt: '',
  };
}

describe('placeHighlights', () => {
  it('places highlights where they were when the text is unchanged, in reading order', () => {
    const later = stored('b', '持续优化营商环境。');
    const earlier = stored('a', '抓好安全生产');
    const { placed, orphans } = placeHighlights(TEXT, [later, earlier]);
    expect(placed.map((h) => [h.id, TEXT.slice(h.start, h.end)])).toEqual([
      ['a', '抓好安全生产'],
      ['b', '持续优化营商环境。'],
    ]);
    expect(orphans).toEqual([]);
  });

  it('finds a passage that moved, and lists one that is gone as an orphan', () => {
    const moved = stored('m', '兜牢脱贫底线，守住不发生规模性返贫的底线。');
    const gone = stored('g', '持续优化营商环境。');
    const changed = `前言一段新加的文字。\n${TEXT.replace('持续优化营商环境。', '加快建设高标准农田。')}`;
    const { placed, orphans } = placeHighlights(changed, [moved, gone]);
    expect(placed).toHaveLength(1);
    expect(changed.slice(placed[0]!.start, placed[0]!.end)).toBe('兜牢脱贫底线，守住不发生规模性返贫的底线。');
    expect(orphans).toEqual([gone]);
  });

  it('puts the longer of two highlights starting together first', () => {
    const { placed } = placeHighlights(TEXT, [stored('short', '抓好'), stored('long', '抓好安全生产')]);
    expect(placed.map((h) => h.id)).toEqual(['long', 'short']);
  });
});

describe('highlightsAt', () => {
  const highlights = [
    { id: 'outer', start: 0, end: 20, themeIds: [] },
    { id: 'inner', start: 5, end: 8, themeIds: [] },
  ];
  it.each([
    [0, ['outer']],
    [5, ['inner', 'outer']],
    [7, ['inner', 'outer']],
    [8, ['outer']],
    [20, []],
  ])('at %i: %j, the shortest first', (offset, ids) => {
    expect(highlightsAt(highlights, offset).map((h) => h.id)).toEqual(ids);
  });
});
