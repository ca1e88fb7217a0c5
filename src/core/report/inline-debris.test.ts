import { describe, expect, it } from 'vitest';
import { stripInlineDebris } from './inline-debris';

describe('stripInlineDebris', () => {
  it.each([
    ['全镇完成投资3.2亿元（下转第2版）', '全镇完成投资3.2亿元', ['（下转第2版）']],
    ['(上接第一版)新建道路12公里。', '新建道路12公里。', ['(上接第一版)']],
    ['全年接待游客（转第3页）15万人次', '全年接待游客15万人次', ['（转第3页）']],
    ['（一）产业发展提质增效', '（一）产业发展提质增效', []],
    ['第2版刊登了会议公报。', '第2版刊登了会议公报。', []],
  ])('%s', (line, text, marks) => {
    const stripped = stripInlineDebris(line);
    expect(stripped.text).toBe(text);
    expect(stripped.removed).toEqual(marks.map((m) => ({ text: m, reason: 'continuation-mark' })));
  });

  it('takes out invisible characters and counts them', () => {
    expect(stripInlineDebris('乡村\u200b振兴\u200d全面\u00ad推进\ufeff')).toEqual({ text: '乡村振兴全面推进', removed: [], invisible: 4 });
  });
});
