/**
 * The year a report's title names: `2023年`, `２０２３年` or `二〇二三年`.
 */

/** Where a title names a year: the year, and the code-unit span of `YYYY年`. */
export interface YearMention {
  year: number;
  start: number;
  end: number;
}

/** `2023年`, not preceded by another digit; full-width digits are folded first. */
const ARABIC_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}年/u;
/** `二〇二三年`: four Chinese digits, zero written 〇, ○, 零 or Ｏ. */
const CHINESE_YEAR = /(?<![〇○零Ｏ一二三四五六七八九])[〇○零Ｏ一二三四五六七八九]{4}年/u;
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Full-width digits as ASCII; one code unit each way, so offsets are kept. */
function foldDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * The first year between 1900 and 2099 that `title` names, with where it
 * stands; null if the title names none. Unknown stays unknown: a year is
 * never taken from anywhere but the title here.
 */
export function yearInTitle(title: string): YearMention | null {
  const mentions: YearMention[] = [];
  const arabic = ARABIC_YEAR.exec(foldDigits(title));
  if (arabic) {
    mentions.push({ year: Number(arabic[0].slice(0, 4)), start: arabic.index, end: arabic.index + arabic[0].length });
  }
  const chinese = CHINESE_YEAR.exec(title);
  if (chinese) {
    const year = Array.from(chinese[0].slice(0, 4)).reduce((sum, digit) => sum * 10 + (CHINESE_DIGITS[digit] ?? 0), 0);
    if (year >= 1900 && year <= 2099) {
      mentions.push({ year, start: chinese.index, end: chinese.index + chinese[0].length });
    }
  }
  return mentions.sort((a, b) => a.start - b.start)[0] ?? null;
}

/** The year `title` names, or null: see `yearInTitle`. */
export function reportYear(title: string): number | null {
  return yearInTitle(title)?.year ?? null;
}
