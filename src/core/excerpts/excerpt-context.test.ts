import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptContext, type ContextLevel, type ContextOptions } from './excerpt-context';

const TEXT = [
  '某某镇2024年政府工作报告',
  '一、2023年工作回顾',
  '过去一年，全镇经济平稳运行。地区生产总值增长5.6%！群众说：“日子越过越好。”新的一年，任务依然艰巨；我们要迎难而上。',
  '（一）坚持稳中求进。全力抓好项目建设。',
].join('\n');
const range = (passage: string) => {
  const start = TEXT.indexOf(passage);
  if (start < 0) throw new Error(`fixture lacks ${passage}`);
  return { start, end: start + passage.length };
};
const around = (passage: string, options: ContextOptions = {}): [string, string] => {
  const { before, after } = excerptContext(TEXT, range(passage), options);
  return [before, after];
};

describe('excerptContext', () => {
  it.each([
    ['生产总值', '地区', '增长5.6%！'],
    ['运行。地区', '过去一年，全镇经济平稳', '生产总值增长5.6%！'],
    ['越过越好', '群众说：“日子', '。”'],
    ['越好。”', '群众说：“日子越过', ''],
    ['新的一年', '', '，任务依然艰巨；'],
    ['地区生产总值增长5.6%！', '', ''],
    ['过去一年', '', '，全镇经济平稳运行。'],
    ['项目建设', '全力抓好', '。'],
    ['迎难而上。\n（一）坚持', '我们要', '稳中求进。'],
    ['（一）', '', '坚持稳中求进。'],
    ['2023年', '一、', '工作回顾'],
  ])('at level 0, %j stands in its sentences: %j … %j', (passage, before, after) => {
    expect(around(passage)).toEqual([before, after]);
  });

  it('takes end marks in a row and the closers after them as one sentence end', () => {
    const text = '他问：“真的吗？！”是的。';
    const passage = { start: text.indexOf('真的'), end: text.indexOf('真的') + 2 };
    expect(excerptContext(text, passage)).toMatchObject({ before: '他问：“', after: '吗？！”' });
    const next = { start: text.indexOf('是的'), end: text.indexOf('是的') + 2 };
    expect(excerptContext(text, next)).toMatchObject({ before: '', after: '。' });
  });

  it('gives the passage itself, and where the context lies', () => {
    const r = range('生产总值');
    expect(excerptContext(TEXT, r)).toEqual({ before: '地区', passage: '生产总值', after: '增长5.6%！', start: r.start - 2, end: r.end + 7, cutBefore: false, cutAfter: false });
  });

  it('cuts level 0 at `chars` either side and says so', () => {
    expect(excerptContext(TEXT, range('经济'), { chars: 3 })).toMatchObject({ before: '，全镇', after: '平稳运', cutBefore: true, cutAfter: true });
    expect(excerptContext(TEXT, range('经济'), { chars: 0 })).toMatchObject({ before: '', after: '', cutBefore: true, cutAfter: true });
    expect(excerptContext(TEXT, range('生产总值'), { chars: 2 })).toMatchObject({ before: '地区', cutBefore: false, cutAfter: true });
  });

  it('never cuts a surrogate pair in two', () => {
    const text = '甲𠮷𠮷乙。';
    const cut = excerptContext(text, { start: 5, end: 6 }, { chars: 1 });
    expect(cut).toMatchObject({ before: '', passage: '乙', after: '。', cutBefore: true });
    expect(excerptContext(text, { start: 0, end: 1 }, { chars: 2 })).toMatchObject({ after: '𠮷' });
    expect(excerptContext(text, { start: 0, end: 1 }, { chars: 1 })).toMatchObject({ after: '', cutAfter: true });
  });

  it('gives the whole paragraph at level 1', () => {
    const [before, after] = around('生产总值', { level: 1, chars: 1 });
    expect(before).toBe('过去一年，全镇经济平稳运行。地区');
    expect(after).toBe('增长5.6%！群众说：“日子越过越好。”新的一年，任务依然艰巨；我们要迎难而上。');
  });

  it('adds the block before and after at level 2, stopping at the ends of the text', () => {
    const [before, after] = around('生产总值', { level: 2 });
    expect(before).toBe('一、2023年工作回顾\n过去一年，全镇经济平稳运行。地区');
    expect(after.endsWith('迎难而上。\n（一）坚持稳中求进。全力抓好项目建设。')).toBe(true);
    expect(around('某某镇', { level: 2 })).toEqual(['', '2024年政府工作报告\n一、2023年工作回顾']);
  });

  it('does not reach past a line break the passage starts on or ends with', () => {
    const lineBreak = TEXT.indexOf('\n（一）');
    expect(excerptContext(TEXT, { start: lineBreak - 5, end: lineBreak + 1 }, { level: 1 }).after).toBe('');
    expect(excerptContext(TEXT, { start: lineBreak, end: lineBreak + 3 }, { level: 1 }).before).toBe('');
  });

  it('gives the sentence around an empty range', () => {
    const { start } = range('平稳');
    expect(excerptContext(TEXT, { start, end: start })).toMatchObject({ before: '过去一年，全镇经济', passage: '', after: '平稳运行。' });
  });

  it.each<[string, { start: number; end: number }, ContextOptions]>([
    ['a reversed range', { start: 5, end: 4 }, {}],
    ['a range past the text', { start: 0, end: TEXT.length + 1 }, {}],
    ['a negative start', { start: -1, end: 2 }, {}],
    ['a fractional offset', { start: 1.5, end: 2 }, {}],
    ['an unknown level', { start: 1, end: 2 }, { level: 3 as ContextLevel }],
    ['negative chars', { start: 1, end: 2 }, { chars: -1 }],
  ])('refuses %s', (_, r, options) => {
    expect(() => excerptContext(TEXT, r, options)).toThrow(RangeError);
  });

  it('gives a slice of the text, within the passage’s blocks below level 2, widening level by level (property)', () => {
    const textArb = fc.string({ unit: fc.constantFrom(...'甲乙丙，。！；”\n𠮷'), maxLength: 40 });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.option(fc.nat({ max: 10 }), { nil: undefined }), (text, a, b, chars) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const contexts = ([0, 1, 2] as const).map((level) => excerptContext(text, { start, end }, { level, chars }));
        contexts.forEach((context, level) => {
          expect(text.slice(context.start, context.end)).toBe(context.before + context.passage + context.after);
          expect(context.passage).toBe(text.slice(start, end));
          if (level < 2) expect(context.before + context.after).not.toContain('\n');
          if (level > 0) expect([context.start, context.end]).toEqual([Math.min(context.start, contexts[level - 1]!.start), Math.max(context.end, contexts[level - 1]!.end)]);
        });
        const [sentence] = contexts;
        expect(/^[\udc00-\udfff]/.test(sentence!.before) && /[\ud800-\udbff]$/.test(text.slice(0, sentence!.start))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
