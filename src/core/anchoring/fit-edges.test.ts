import { describe, expect, it } from 'vitest';
import { fitEdges } from './fit-edges';

const TEXT = '农业方面，推进乡村振兴，壮大村级集体经济。持续改善民生福祉。';
const QUOTE = { exact: '发展壮大村级集体经济', prefix: '推进乡村振兴，', suffix: '。持续改善' };
const AT = TEXT.indexOf('壮大');
const END = TEXT.indexOf('。持续');

describe('fitEdges', () => {
  it.each([
    ['a start two units early moves to where the prefix fits', { start: AT - 2, end: END, errors: 2 }, { start: AT, end: END }],
    ['an end one unit late moves back', { start: AT, end: END + 1, errors: 2 }, { start: AT, end: END }],
    ['edges already fitting stay', { start: AT, end: END, errors: 2 }, { start: AT, end: END }],
    ['a verbatim match is left alone', { start: AT - 2, end: END + 1, errors: 0 }, { start: AT - 2, end: END + 1 }],
    ['edges move no further than the errors allow', { start: AT - 2, end: END, errors: 1 }, { start: AT - 1, end: END }],
  ] as const)('%s', (_, candidate, expected) => {
    expect(fitEdges(TEXT, QUOTE, candidate)).toEqual(expected);
  });
});
