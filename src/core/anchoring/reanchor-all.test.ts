import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe-range';
import { reanchorAll, type Reanchoring } from './reanchor-all';
import type { HighlightSelectors } from './selectors';

const REPORT = [
  '青石县2024年政府工作报告',
  '全年地区生产总值增长5.2%，推进乡村振兴，新增城镇就业1.2万人。',
  '农业方面，建成高标准农田3.5万亩，推进乡村振兴，发展壮大村级集体经济。',
  '坚持农业农村优先发展，建设宜居宜业和美乡村。持续改善民生福祉，办好人民满意的教育。',
].join('\n');

/** Site chrome an older importer kept at the top: longer than the nearby search reaches. */
const DEBRIS = Array.from({ length: 500 }, (_, i) => `网站导航第${i + 1}栏目。`).join('');
/** Numbered sentences that follow the report, so that old positions still fall inside the new text. */
const TAIL = Array.from({ length: 800 }, (_, i) => `第${i + 1}项重点工作按期完成。`).join('');

const at = (text: string, phrase: string): HighlightSelectors => {
  const start = text.indexOf(phrase);
  if (start === -1) throw new RangeError(`at: ${phrase} is not in the text`);
  return describeRange(text, start, start + phrase.length);
};

describe('reanchorAll', () => {
  const phrases = ['办好人民满意的教育', '增长5.2%', '建成高标准农田3.5万亩', '推进乡村振兴'];

  it('places every highlight of an unchanged text by position, selectors unchanged, in the order given', () => {
    const highlights = phrases.map((phrase) => at(REPORT, phrase));
    expect(reanchorAll(REPORT, highlights)).toEqual(highlights.map((selectors) => ({ status: 'anchored', method: 'position', selectors })));
  });

  it('returns nothing for no highlights', () => {
    expect(reanchorAll(REPORT, [])).toEqual([]);
  });

  it.each<[string, (text: string) => string, Array<Pick<Reanchoring, 'status'> & { method?: string; exact: string }>]>([
    [
      'a preamble added',
      (text) => `（根据统计公报修订）\n${text}`,
      [
        { status: 'anchored', method: 'quote', exact: '办好人民满意的教育' },
        { status: 'anchored', method: 'quote', exact: '增长5.2%' },
        { status: 'anchored', method: 'quote', exact: '建成高标准农田3.5万亩' },
        { status: 'anchored', method: 'quote', exact: '推进乡村振兴' },
      ],
    ],
    [
      'a figure revised and a passage cut',
      (text) => text.replace('3.5万亩', '3.6万亩').replace('办好人民满意的教育。', ''),
      [
        { status: 'orphan', exact: '办好人民满意的教育' },
        { status: 'anchored', method: 'position', exact: '增长5.2%' },
        { status: 'anchored', method: 'fuzzy', exact: '建成高标准农田3.6万亩' },
        { status: 'anchored', method: 'position', exact: '推进乡村振兴' },
      ],
    ],
  ])('after %s: describes placed highlights afresh and keeps orphans as they were', (_, edit, expected) => {
    const highlights = phrases.map((phrase) => at(REPORT, phrase));
    const text = edit(REPORT);
    const results = reanchorAll(text, highlights);
    expect(results.map((result) => ({ status: result.status, ...('method' in result ? { method: result.method } : {}), exact: result.selectors.quote.exact }))).toEqual(expected);
    results.forEach((result, i) => {
      if (result.status === 'orphan') expect(result.selectors).toBe(highlights[i]);
      else expect(result.selectors).toEqual(describeRange(text, result.selectors.position.start, result.selectors.position.end));
    });
  });

  it('expects each highlight where its neighbours moved, so an edited passage is found after a large cut above it', () => {
    const before = `${DEBRIS}\n${REPORT}\n${TAIL}`;
    const highlights = [at(before, '增长5.2%'), at(before, '建成高标准农田3.5万亩')];
    const text = `${REPORT.replace('3.5万亩', '3.6万亩')}\n${TAIL}`;
    const nearbyOnly = { wholeText: false };

    expect(anchor(text, highlights[1] as HighlightSelectors, nearbyOnly)).toBeNull();
    const results = reanchorAll(text, highlights, nearbyOnly);
    expect(results.map((result) => result.status === 'anchored' && [result.method, result.selectors.quote.exact])).toEqual([
      ['quote', '增长5.2%'],
      ['fuzzy', '建成高标准农田3.6万亩'],
    ]);
  });
});
