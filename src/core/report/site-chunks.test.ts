import { describe, expect, it } from 'vitest';
import { findSiteChunkRuns, stripChunkNumber } from './site-chunks';
import { DOC_SHARING_CHUNKS, DOC_SHARING_PREAMBLE, DOC_SHARING_REPORT } from '../fixtures/doc-sharing-report';

/** A long stretch of report text, cut at `length` characters (mid-sentence). */
function cutText(seed: string, length: number): string {
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}
const PROSE = '全镇新建高标准茶园1200亩，改造低产茶园800亩，带动茶农户均增收3100元；';

describe('findSiteChunkRuns', () => {
  it('finds the chunks of a document-sharing dump', () => {
    const lines = DOC_SHARING_REPORT.split('\n');
    expect(findSiteChunkRuns(lines)).toEqual([{ lines: [1, 2, 3, 4] }]);
    expect(lines[0]).toBe(DOC_SHARING_PREAMBLE);
  });

  it.each([
    ['three long chunks, all cut mid-sentence', [`1、${cutText(PROSE, 230)}`, `2、${cutText(PROSE, 250)}`, `3、${cutText(PROSE, 210)}`], [0, 1, 2]],
    ['chunks cut at half their boundaries', [`1、${cutText(PROSE, 230)}。`, `2、${cutText(PROSE, 250)}`, `3、${cutText(PROSE, 210)}`], [0, 1, 2]],
    [
      'a run among other lines',
      ['白鹭镇2023年政府工作报告', `1、${cutText(PROSE, 230)}`, `2、${cutText(PROSE, 250)}`, `3、${cutText(PROSE, 210)}`, '回到顶部'],
      [1, 2, 3],
    ],
  ] as const)('finds %s', (_name, lines, run) => {
    expect(findSiteChunkRuns(lines)).toEqual([{ lines: [...run] }]);
  });

  it.each([
    ['a real short list ending in 。', ['1、新建高标准农田2800亩。', '2、改造农村危房56户。', '3、新建村级养老服务站4个。', '4、城乡居民医保参保率达到98.5%。']],
    ['a short list without sentence ends', ['1、加强党建引领', '2、做强特色产业', '3、改善人居环境']],
    ['long items, each a whole sentence', [1, 2, 3].map((n) => `${n}、${cutText(PROSE, 220)}。`)],
    ['only two chunks', [1, 2].map((n) => `${n}、${cutText(PROSE, 260)}`)],
    ['numbers out of order', [1, 3, 2].map((n) => `${n}、${cutText(PROSE, 260)}`)],
    ['a run not starting at 1', [2, 3, 4].map((n) => `${n}、${cutText(PROSE, 260)}`)],
    ['numbers written 1.', [1, 2, 3].map((n) => `${n}.${cutText(PROSE, 260)}`)],
  ])('does not take %s for chunks', (_name, lines) => {
    expect(findSiteChunkRuns(lines)).toEqual([]);
  });

  it('takes an average of 200 characters as long enough, 199 not', () => {
    const chunks = (length: number) => [1, 2, 3].map((n) => `${n}、${cutText(PROSE, length - 2)}`);
    expect(findSiteChunkRuns(chunks(200))).toEqual([{ lines: [0, 1, 2] }]);
    expect(findSiteChunkRuns(chunks(199))).toEqual([]);
  });

  it('finds two runs, each starting at 1', () => {
    const run = [1, 2, 3].map((n) => `${n}、${cutText(PROSE, 245)}`);
    expect(findSiteChunkRuns([...run, '二、2023年工作安排', ...run])).toEqual([{ lines: [0, 1, 2] }, { lines: [4, 5, 6] }]);
  });
});

describe('stripChunkNumber', () => {
  it.each([
    ['1、白鹭镇', '白鹭镇', '1、'],
    ['11、 白鹭镇', '白鹭镇', '11、'],
    ['123、白鹭镇', '白鹭镇', '123、'],
  ])('%s → %s and %s', (line, text, number) => {
    expect(stripChunkNumber(line)).toEqual({ text, number });
  });

  it('gives back the chunks of the fixture', () => {
    const lines = DOC_SHARING_REPORT.split('\n').slice(1);
    expect(lines.map((line) => stripChunkNumber(line).text)).toEqual(DOC_SHARING_CHUNKS);
  });

  it('throws a RangeError for a line without a chunk number', () => {
    expect(() => stripChunkNumber('白鹭镇')).toThrow(RangeError);
    expect(() => stripChunkNumber('一、白鹭镇')).toThrow(/does not start with a chunk number/);
  });
});
