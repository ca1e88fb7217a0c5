/**
 * Things in a report's text an analyst should know about but that the
 * importer must not silently change: character-recognition slips (`L8亿元`,
 * `100O万元`) and advertising a site inserted into a sentence. They are
 * flagged as warnings (`code: detail`); the text stays as it is.
 */

/** A short run of digits and the letters OCR confuses with them, before a unit. */
const OCR_SLIP = /(?<![A-Za-z0-9])(?=[0-9.i]*[OoIlL])[0-9.OoIlLi]{1,8}(?=[万亿千百余]?[元人户个亩吨公里%])/gu;
/** Gambling and sports-betting sites' names, which spam inserts into copied pages. */
const INSERTED_AD = /(?:开云|澳门新葡京|百家乐|bet365|BET365)[\p{Script=Han}A-Za-z]{0,6}?官网|(?:开云|澳门新葡京|百家乐|bet365|BET365)|\p{Script=Han}{0,2}(?:体育|娱乐|棋牌|彩票|博彩)\p{Script=Han}{0,2}官网/gu;

/** Cheap tests that rule the expensive patterns out for most reports. */
const MAY_SLIP = /[OoIlL]/u;
const MAY_ADVERTISE = /体育|娱乐|棋牌|彩票|博彩|真人|开云|澳门新葡京|百家乐|bet365|BET365/u;

/** The warnings for one report's text, each once, in order of appearance. */
export function reportWarnings(text: string): string[] {
  const found: string[] = [];
  if (MAY_SLIP.test(text)) {
    for (const match of text.matchAll(OCR_SLIP)) {
      if (/[OoIlL]/u.test(match[0]) && !/^[.]/u.test(match[0])) found.push(`ocr-slip: ${match[0]}`);
    }
  }
  if (MAY_ADVERTISE.test(text)) for (const match of text.matchAll(INSERTED_AD)) found.push(`inserted-ad: ${match[0]}`);
  return [...new Set(found)];
}
