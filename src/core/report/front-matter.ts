/**
 * The lines at the head of a report that say when, where and by whom it was
 * delivered: the venue line (`——2023年3月4日在某县第十八届人民代表大会第二次
 * 会议上`), a date alone on its line, the speaker (`县长 张三`).
 */

/** A Chinese or Arabic number of days, months or years. */
const NUM = '(?:[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4})';

/** A date written in a report: `2023年3月4日`, `二〇二三年三月四日`. */
const WRITTEN_DATE = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`, 'u');

/** The venue line: a date, then `在…会议上` / `在…大会上`. */
const VENUE = new RegExp(`^[—－\\-─–―]{0,4}\\s*[（(]?\\s*${WRITTEN_DATE.source}\\s*[，,]?\\s*在(.{2,60}?)(?:会议|大会)上`, 'u');

/** A date alone on its line, perhaps in brackets. */
const LONE_DATE = new RegExp(`^[（(]?\\s*${WRITTEN_DATE.source}\\s*[)）]?$`, 'u');

/** The speaker: an office ending in 长 or 主任, then (after a space or a colon) a name of 2–4 characters. */
const SPEAKER = /^(?:[\p{Script=Han}]{0,20}?(?:人民政府|政府|办事处))?\s*(?:代理|代)?(?:[\p{Script=Han}]{0,6}(?:省长|市长|州长|县长|区长|镇长|乡长|盟长|旗长|主任))(?:\s*[:：]\s*|\s+)([\p{Script=Han}·]{2,4})$/u;

const CN_DIGITS: Readonly<Record<string, number>> = { '〇': 0, '○': 0, '零': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in Arabic or Chinese digits (`二〇二三`, `十二`, `二十一`). */
export function readNumber(written: string): number | null {
  const ascii = written.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/u.test(ascii)) return Number(ascii);
  if (/^[〇○零一二三四五六七八九]{4}$/u.test(written)) {
    return Array.from(written).reduce((n, d) => n * 10 + (CN_DIGITS[d] ?? 0), 0);
  }
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(written);
  if (tens) return (tens[1] ? (CN_DIGITS[tens[1]] ?? 0) : 1) * 10 + (tens[2] ? (CN_DIGITS[tens[2]] ?? 0) : 0);
  if (/^[一二三四五六七八九]$/u.test(written)) return CN_DIGITS[written] ?? null;
  return null;
}

/** `YYYY-MM-DD` from written year, month and day, or null if they are not a real date. */
function isoDate(year: string, month: string, day: string): string | null {
  const y = readNumber(year);
  const m = readNumber(month);
  const d = readNumber(day);
  if (y === null || m === null || d === null || y < 1949 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null; // no 2月30日
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What the venue line says: the delivery date and the meeting's words. */
export interface Venue {
  date: string | null;
  /** The words between 在 and 会议上, e.g. `石桥镇第十届人民代表大会第四次`. */
  meeting: string;
}

/** Reads a venue line, or null if the line is not one. */
export function readVenue(line: string): Venue | null {
  const match = VENUE.exec(line);
  if (!match) return null;
  return { date: isoDate(match[1]!, match[2]!, match[3]!), meeting: match[4]! };
}

/** The delivery date a line holding only a written date gives, or null. */
export function readLoneDate(line: string): string | null {
  const match = LONE_DATE.exec(line);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

/** The speaker line as written (spaces tidied), or null if the line is not one. */
export function readSpeaker(line: string): string | null {
  return SPEAKER.test(line) ? line.replace(/\s+/gu, ' ').trim() : null;
}
