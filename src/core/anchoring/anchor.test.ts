import { describe, expect, it } from 'vitest';
import { anchor, type Anchor, type AnchorMethod, type AnchorOptions } from './anchor';
import { isCodePointBoundary } from './code-point-boundary';
import { describeRange } from './describe-range';
import type { HighlightSelectors } from './selectors';

/** A short report written for these tests: 推进乡村振兴 stands three times, in different company. */
const REPORT = [
  '青石县2024年政府工作报告',
  '一、2023年工作回顾',
  '全年地区生产总值增长5.2%，推进乡村振兴，新增城镇就业1.2万人。',
  '农业方面，建成高标准农田3.5万亩，推进乡村振兴，发展壮大村级集体经济。',
  '二、2024年工作安排',
  '坚持农业农村优先发展，推进乡村振兴，建设宜居宜业和美乡村。持续改善民生福祉，办好人民满意的教育。支持𬌗山片区发展建设。',
].join('\n');

/** Numbered sentences, none alike, to push passages more than `NEARBY` code units apart. */
const FILLER = Array.from({ length: 600 }, (_, i) => `第${i + 1}项重点工作按期完成。`).join('');

/** The start of the `nth` occurrence (from 0) of `phrase` in `text`; throws when there is none. */
function nth(text: string, phrase: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new RangeError(`nth: ${phrase} does not occur ${n + 1} times`);
  }
  return at;
}

/** The selectors of the `n`th occurrence of `phrase` in `text`. */
const highlight = (text: string, phrase: string, n = 0): HighlightSelectors => describeRange(text, nth(text, phrase, n), nth(text, phrase, n) + phrase.length);

/** `text` with the first `from` replaced by `to`. */
const replace = (text: string, from: string, to: string): string => {
  nth(text, from);
  return text.replace(from, to);
};

describe('anchor on unchanged text', () => {
  const phrases = ['青石县', '增长5.2%', '推进乡村振兴', '建成高标准农田3.5万亩，推进乡村振兴', '二、2024年工作安排', '办好人民满意的教育。', '𬌗山片区'];
  it.each(phrases)('places %s by its position', (phrase) => {
    const selectors = highlight(REPORT, phrase);
    expect(anchor(REPORT, selectors)).toEqual({ ...selectors.position, method: 'position' });
  });

  it.each([0, 1, 2])('places occurrence %i of a repeated phrase by its position', (n) => {
    const selectors = highlight(REPORT, '推进乡村振兴', n);
    expect(anchor(REPORT, selectors)).toEqual({ ...selectors.position, method: 'position' });
  });
});

interface Case {
  /** What happened to the text. */
  name: string;
  /** The text the highlight was made on, when not REPORT. */
  before?: string;
  /** The highlighted phrase and which occurrence of it. */
  phrase: string;
  occurrence?: number;
  /** The text after the edit. */
  after: (text: string) => string;
  /** Where the passage truly is now: a phrase of the new text and its occurrence; null for an orphan. */
  expected: { phrase: string; occurrence?: number; method: AnchorMethod } | null;
  options?: AnchorOptions;
}

const PREAMBLE = '（根据县统计局公报，数据有调整）\n';
const moved = `${REPORT.replace('农业方面，建成高标准农田3.5万亩，推进乡村振兴，发展壮大村级集体经济。\n', '')}\n${FILLER}\n农业方面，建成高标准农田3.5万亩，推进乡村振兴，发展壮大村级集体经济。`;
const LONG = Array.from({ length: 12 }, (_, i) => `全年新建改建农村公路${i + 10}公里，改造农村危房${i + 200}户，`).join('');
const LONG_REPORT = `${REPORT}\n${LONG}实施重点项目12个。`;

const CASES: Case[] = [
  // Stale positions: the quote is intact, the text moved.
  ...[0, 1, 2].map((occurrence): Case => ({
    name: `a preamble inserted before occurrence ${occurrence} of a repeated phrase`,
    phrase: '推进乡村振兴',
    occurrence,
    after: (text) => PREAMBLE + text,
    expected: { phrase: '推进乡村振兴', occurrence, method: 'quote' },
  })),
  {
    name: 'an insertion that brings another occurrence of the phrase to the old position',
    phrase: '推进乡村振兴',
    occurrence: 1,
    after: (text) => 'x'.repeat(nth(text, '推进乡村振兴', 1) - nth(text, '推进乡村振兴', 0)) + text,
    expected: { phrase: '推进乡村振兴', occurrence: 1, method: 'quote' },
  },
  {
    name: 'a sentence deleted before and a figure changed after',
    phrase: '建设宜居宜业和美乡村',
    after: (text) => replace(replace(text, '全年地区生产总值增长5.2%，', ''), '人民满意', '群众满意'),
    expected: { phrase: '建设宜居宜业和美乡村', method: 'quote' },
  },
  {
    name: 'an edit right against the passage, within its context',
    phrase: '推进乡村振兴',
    occurrence: 2,
    after: (text) => replace(text, '优先发展，推进乡村振兴，建设', '优先发展，全面推进乡村振兴，加快建设'),
    expected: { phrase: '推进乡村振兴', occurrence: 2, method: 'quote' },
  },
  {
    name: 'an edit after the passage, beyond its context',
    phrase: '新增城镇就业1.2万人',
    after: (text) => replace(text, '持续改善', '着力改善'),
    expected: { phrase: '新增城镇就业1.2万人', method: 'position' },
  },
  {
    name: 'a stale position past the end of the text',
    phrase: '办好人民满意的教育',
    after: (text) => text.slice(nth(text, '二、2024年工作安排')),
    expected: { phrase: '办好人民满意的教育', method: 'quote' },
  },
  // Small edits inside the quote.
  {
    name: 'a figure substituted inside the quote',
    phrase: '建成高标准农田3.5万亩',
    after: (text) => replace(text, '3.5万亩', '4.5万亩'),
    expected: { phrase: '建成高标准农田4.5万亩', method: 'fuzzy' },
  },
  {
    name: 'words inserted inside the quote',
    phrase: '新增城镇就业1.2万人',
    after: (text) => replace(text, '城镇就业1.2', '城镇就业人数1.2'),
    expected: { phrase: '新增城镇就业人数1.2万人', method: 'fuzzy' },
  },
  {
    name: 'words deleted inside the quote',
    phrase: '发展壮大村级集体经济',
    after: (text) => replace(text, '发展壮大村级', '壮大村级'),
    expected: { phrase: '壮大村级集体经济', method: 'fuzzy' },
  },
  {
    name: 'half of a short quote rewritten, between an intact prefix and suffix',
    phrase: '改善民生',
    after: (text) => replace(text, '改善民生', '增进民生'),
    expected: { phrase: '增进民生', method: 'fuzzy' },
  },
  {
    name: 'an edited quote whose exact copy stands elsewhere',
    phrase: '推进乡村振兴',
    occurrence: 1,
    after: (text) => replace(text, '万亩，推进乡村振兴', '万亩，推动乡村振兴'),
    expected: { phrase: '推动乡村振兴', method: 'fuzzy' },
  },
  {
    name: 'a match that would split a surrogate pair, widened to the whole character',
    phrase: '山片区发展建设',
    after: (text) => replace(text, '𬌗山片区发展建设', '𬌗山片区发展建设'),
    expected: { phrase: '山片区发展建设', method: 'position' },
  },
  {
    name: 'a quote whose first character became a character outside the BMP',
    phrase: '支持𬌗山片区发展建设',
    after: (text) => replace(text, '支持𬌗山', '𬌗𬌗山'),
    expected: { phrase: '𬌗𬌗山片区发展建设', method: 'fuzzy' },
  },
  // Passages that moved far, and long passages.
  {
    name: 'a paragraph moved more than NEARBY code units away, intact',
    phrase: '建成高标准农田3.5万亩',
    before: `${REPORT}\n${FILLER}`,
    after: () => moved,
    expected: { phrase: '建成高标准农田3.5万亩', method: 'quote' },
  },
  {
    name: 'a paragraph moved more than NEARBY code units away and edited',
    phrase: '建成高标准农田3.5万亩，推进乡村振兴',
    before: `${REPORT}\n${FILLER}`,
    after: () => moved.replace('3.5万亩', '3.6万亩'),
    expected: { phrase: '建成高标准农田3.6万亩，推进乡村振兴', method: 'fuzzy' },
  },
  {
    name: 'a long passage (over 256 code units) edited at both ends and in the middle',
    before: LONG_REPORT,
    phrase: LONG,
    after: (text) => text.replace('新建改建农村公路10', '新建农村公路10').replace('危房205户', '危房2050户').replace('公路21公里', '公路二十一公里'),
    expected: { phrase: LONG.replace('新建改建农村公路10', '新建农村公路10').replace('危房205户', '危房2050户').replace('公路21公里', '公路二十一公里'), method: 'fuzzy' },
  },
  {
    name: 'a long passage with more than 32 edits in its middle',
    before: LONG_REPORT,
    phrase: LONG,
    after: (text) => text.replace(/危房(\d+)户/gu, '危旧房屋$1户'),
    expected: { phrase: LONG.replace(/危房(\d+)户/gu, '危旧房屋$1户'), method: 'fuzzy' },
  },
  // Orphans.
  {
    name: 'the passage deleted',
    phrase: '发展壮大村级集体经济',
    after: (text) => replace(text, '发展壮大村级集体经济', ''),
    expected: null,
  },
  {
    name: 'the passage rewritten beyond recognition',
    phrase: '建设宜居宜业和美乡村',
    after: (text) => replace(text, '建设宜居宜业和美乡村', '加快城乡融合'),
    expected: null,
  },
  {
    name: 'an edited quote when fuzzy matching is off',
    phrase: '建成高标准农田3.5万亩',
    after: (text) => replace(text, '3.5万亩', '4.5万亩'),
    expected: null,
    options: { fuzzy: false },
  },
];

/** The range of the expected phrase in `text`. */
const rangeOf = (text: string, phrase: string, occurrence = 0): { start: number; end: number } => ({ start: nth(text, phrase, occurrence), end: nth(text, phrase, occurrence) + phrase.length });

describe('anchor after edits', () => {
  it.each(CASES)('$name', ({ before = REPORT, phrase, occurrence, after, expected, options }) => {
    const selectors = highlight(before, phrase, occurrence);
    const text = after(before);
    const placed = anchor(text, selectors, options);
    if (expected === null) {
      expect(placed).toBeNull();
      return;
    }
    const range = rangeOf(text, expected.phrase, expected.occurrence);
    expect(placed).toEqual<Anchor>({ ...range, method: expected.method });
  });
});

describe('anchor orphans', () => {
  const context = { prefix: '各位代表：现在，我代表县人民政府', suffix: '，请予审议，并请县政协委员提出意见。' };
  it.each<[string, HighlightSelectors]>([
    ['an empty quote', { position: { start: 3, end: 3 }, quote: { exact: '', prefix: '', suffix: '' } }],
    ['an empty quote at a valid range', { position: { start: 0, end: 3 }, quote: { exact: '', prefix: '', suffix: '青石县' } }],
    ['an unrelated quote', { position: { start: 40, end: 54 }, quote: { exact: '量子通信骨干网络建设取得突破', ...context } }],
    ['a common phrase from another report, in other company', { position: { start: 40, end: 46 }, quote: { exact: '推进乡村振兴', ...context } }],
    ['an unrelated quote with no position', { position: { start: Number.NaN, end: Number.NaN }, quote: { exact: '量子通信骨干网络建设取得突破', ...context } }],
  ])('%s → null', (_, selectors) => {
    expect(anchor(REPORT, selectors)).toBeNull();
  });

  it('takes an impossible position as a mere hint', () => {
    const { quote } = highlight(REPORT, '办好人民满意的教育');
    const placed = anchor(REPORT, { position: { start: 9e9, end: -4 }, quote });
    expect(placed).toEqual({ ...rangeOf(REPORT, '办好人民满意的教育'), method: 'quote' });
  });

  it('places a quote in an empty text nowhere', () => {
    expect(anchor('', highlight(REPORT, '推进乡村振兴'))).toBeNull();
  });
});

describe('anchor ranges', () => {
  it('never splits a surrogate pair, even for a record whose range does', () => {
    const text = '支持𬌗山片区发展，支持𬌗山片区发展。';
    const selectors = { position: { start: 3, end: 8 }, quote: { exact: text.slice(3, 8), prefix: text.slice(0, 3), suffix: text.slice(8, 20) } };
    const placed = anchor(text, selectors);
    expect(placed).not.toBeNull();
    expect(isCodePointBoundary(text, placed?.start ?? 0) && isCodePointBoundary(text, placed?.end ?? 0)).toBe(true);
  });
});
