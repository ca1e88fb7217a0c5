import { describe, expect, it } from 'vitest';
import { describeRange } from './describe-range';

const REPORT = '一、过去一年工作回顾\n全年地区生产总值增长5.2%，推进乡村振兴，新增城镇就业1.2万人。\n二、2024年工作安排';
const at = (quote: string): [number, number] => {
  const start = REPORT.indexOf(quote);
  return [start, start + quote.length];
};
const x32 = 'x'.repeat(32);
const ASTRAL = '𬌗'; // U+2C317, two code units

describe('describeRange', () => {
  it.each([
    ['a passage in the middle', REPORT, ...at('推进乡村振兴'), '推进乡村振兴', '一、过去一年工作回顾\n全年地区生产总值增长5.2%，', '，新增城镇就业1.2万人。\n二、2024年工作安排'],
    ['the whole text', '推进乡村振兴', 0, 6, '推进乡村振兴', '', ''],
    ['at the very start', '推进乡村振兴，全面', 0, 2, '推进', '', '乡村振兴，全面'],
    ['at the very end', '推进乡村振兴，全面', 7, 9, '全面', '推进乡村振兴，', ''],
    ['32 units of context either side', `${x32}y${x32}yz`, 33, 65, x32, `${x32}y`.slice(1), 'yz'],
    ['a context cut at 32 units', `ab${x32}Q${x32}cd`, 34, 35, 'Q', x32, x32],
  ] as const)('%s', (_, text, start, end, exact, prefix, suffix) => {
    expect(describeRange(text, start, end)).toEqual({ position: { start, end }, quote: { exact, prefix, suffix } });
  });

  it.each([
    ['prefix', `${ASTRAL}${'甲'.repeat(31)}乙`, 33, 34, { prefix: '甲'.repeat(31), suffix: '' }],
    ['suffix', `乙${'甲'.repeat(31)}${ASTRAL}`, 0, 1, { prefix: '', suffix: '甲'.repeat(31) }],
    ['both', `${ASTRAL}${'甲'.repeat(31)}乙${'甲'.repeat(31)}${ASTRAL}`, 33, 34, { prefix: '甲'.repeat(31), suffix: '甲'.repeat(31) }],
  ] as const)('shortens the %s by one code unit rather than split a surrogate pair at 32', (_, text, start, end, context) => {
    const { quote } = describeRange(text, start, end);
    expect(quote).toMatchObject(context);
    expect(quote.prefix + quote.suffix).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });

  it('keeps whole surrogate pairs inside the context and the quote', () => {
    const text = `支持${ASTRAL}山片区发展`;
    expect(describeRange(text, 4, 6)).toEqual({ position: { start: 4, end: 6 }, quote: { exact: '山片', prefix: `支持${ASTRAL}`, suffix: '区发展' } });
    expect(describeRange(text, 2, 4).quote.exact).toBe(ASTRAL);
  });

  it.each([
    ['a negative start', -1, 3, 'start -1 is before the text'],
    ['an end past the text', 0, REPORT.length + 1, `end ${REPORT.length + 1} is past the end of the text (length ${REPORT.length})`],
    ['an empty range', 5, 5, 'the range [5, 5) is empty or reversed'],
    ['a reversed range', 6, 5, 'the range [6, 5) is empty or reversed'],
    ['a fractional offset', 1.5, 4, 'offsets must be integers, got [1.5, 4)'],
    ['a NaN offset', Number.NaN, 4, 'offsets must be integers, got [NaN, 4)'],
  ])('throws a RangeError for %s', (_, start, end, message) => {
    expect(() => describeRange(REPORT, start, end)).toThrow(new RangeError(`describeRange: ${message}`));
  });

  it.each([
    ['start', 3, 5, 'start 3 falls inside a surrogate pair'],
    ['end', 0, 3, 'end 3 falls inside a surrogate pair'],
  ])('throws a RangeError when the %s splits a surrogate pair', (_, start, end, message) => {
    expect(() => describeRange(`支持${ASTRAL}山`, start, end)).toThrow(new RangeError(`describeRange: ${message}`));
  });
});
