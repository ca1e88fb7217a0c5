import { describe, expect, it } from 'vitest';
import { matchContext } from './match-context';

describe('matchContext', () => {
  const text = '一、工作回顾\n\u3000\u3000全乡完成固定资产投资3.6亿元，增长8%。\n二、工作安排';

  it('takes the words around the match within its paragraph, without the indent', () => {
    const start = text.indexOf('固定资产');
    expect(matchContext(text, start, start + 4, 30)).toEqual({ before: '全乡完成', match: '固定资产', after: '投资3.6亿元，增长8%。', cutBefore: false, cutAfter: false });
  });

  it('cuts a long paragraph and says so', () => {
    const start = text.indexOf('固定资产');
    expect(matchContext(text, start, start + 4, 2)).toEqual({ before: '完成', match: '固定资产', after: '投资', cutBefore: true, cutAfter: true });
  });

  it('never runs into the paragraph before or after', () => {
    const start = text.indexOf('工作回顾');
    expect(matchContext(text, start, start + 4)).toMatchObject({ before: '一、', after: '', cutAfter: false });
  });

  it('does not split a character outside the BMP', () => {
    const astral = '在𬌗山镇召开会议';
    const start = astral.indexOf('召开');
    expect(matchContext(astral, start, start + 2, 3)).toMatchObject({ before: '山镇', cutBefore: true });
    expect(matchContext(astral, 0, 1, 1)).toMatchObject({ after: '', cutAfter: true });
    expect(matchContext(astral, 0, 1, 2)).toMatchObject({ after: '𬌗', cutAfter: true });
  });

  it('throws a RangeError for a range outside the text', () => {
    expect(() => matchContext('报告', 1, 5)).toThrow(RangeError);
  });
});
