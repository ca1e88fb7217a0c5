import { describe, expect, it } from 'vitest';
import { findMatches } from '../text/find-matches';
import { foldText } from '../text/folded-text';
import { textGrams } from './text-grams';

/**
 * What the search index costs per report, measured on a generated report of
 * 20,000 characters (the length of a provincial report): phrases the project
 * wrote, between runs of common characters drawn at random (so the report has
 * as many distinct pairs as a real one: the acceptance seeds have about one
 * distinct gram for every two characters), figures and punctuation: how many grams it keeps, and how
 * long counting them (at import) and reading the text for a term (at search)
 * take. The figures are printed for quoting; the bounds only catch a
 * regression of an order of magnitude on a busy machine.
 */

const PHRASES = [
  '坚持稳中求进工作总基调', '完整准确全面贯彻新发展理念', '持续优化营商环境', '推进乡村全面振兴', '加快建设现代化产业体系',
  '深化国资国企改革', '实施城市更新行动', '兜牢基层“三保”底线', '扎实推进共同富裕', '着力扩大有效投资',
  '统筹发展和安全', '加强生态环境保护', '办好人民满意的教育', '提升基本公共服务水平', '培育壮大新质生产力',
  '稳住农业基本盘', '发展县域经济', '推动消费持续恢复', '完善社会保障体系', '建设更高水平的平安',
  '全年地区生产总值增长', '一般公共预算收入完成', '城镇新增就业', '粮食总产量稳定在', '规模以上工业增加值增长',
];

/** Common characters, drawn at random between the phrases. */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研';

/** A seeded report of `length` code units. */
function generatedReport(length: number, seed = 20261122): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let text = '';
  while (text.length < length) {
    text += PHRASES[next(PHRASES.length)];
    for (let run = 4 + next(24); run > 0; run -= 1) text += COMMON[next(COMMON.length)];
    const roll = next(10);
    text += roll < 2 ? `${next(1000)}.${next(10)}%，` : roll < 3 ? `（${'一二三四五六七八九十'[next(10)]}）` : roll < 8 ? '，' : roll < 9 ? '。\n' : '……';
  }
  return text.slice(0, length);
}

describe('the search index per report', () => {
  it('costs a few milliseconds and some thousands of grams for a 20,000-character report', () => {
    const texts = Array.from({ length: 20 }, (_, i) => generatedReport(20_000, 1000 + i));
    for (const text of texts.slice(0, 3)) textGrams(text); // warm up
    let started = performance.now();
    const grams = texts.map((text) => textGrams(text).length);
    const indexMs = (performance.now() - started) / texts.length;
    started = performance.now();
    const found = texts.map((text) => findMatches(foldText(text), '营商环境').length);
    const readMs = (performance.now() - started) / texts.length;
    const average = grams.reduce((a, b) => a + b, 0) / grams.length;
    console.log(`search index: ${average.toFixed(0)} grams per 20,000-character report; ${indexMs.toFixed(2)} ms to count them; ${readMs.toFixed(2)} ms to read one for a term`);
    expect(found.every((count) => count > 0)).toBe(true);
    expect(indexMs).toBeLessThan(100);
    expect(readMs).toBeLessThan(100);
  });
});
