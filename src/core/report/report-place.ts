/**
 * The place a report is about, read from its title, else from its venue
 * line: `巴州区清江镇2023年…` → 巴州区清江镇 (镇); `湖北恩施利川市柏杨坝镇2023
 * 年…` → 柏杨坝镇 (镇) in the region 湖北恩施利川市; `2024年度佳镇政府工作报告`
 * → 度佳镇, because the report's own text names 度佳镇 and not 年度 佳镇.
 */
import type { PlaceLevel } from './report';
import { yearInTitle } from './report-year';

/** The place, its level, and the wider region named before it; nulls when unknown. */
export interface PlaceReading {
  place: string | null;
  placeLevel: PlaceLevel | null;
  region: string | null;
}

/** Level suffixes, longest first so that 街道 is tried before any one-character suffix. */
export const PLACE_LEVELS: readonly PlaceLevel[] = ['街道', '省', '市', '州', '县', '区', '镇', '乡'];

const UNKNOWN: PlaceReading = { place: null, placeLevel: null, region: null };
/** The government's name after a place, as in `浦阳镇人民政府2023年…`. */
const GOVERNMENT = /(?:人民政府|政府|办事处)$/u;
/** The last run of characters that are not whitespace, punctuation or symbols. */
const TRAILING_NAME = /[^\s\p{P}\p{S}0-9]+$/u;
/** A unit of a place name: at least two characters, then a level suffix. */
const UNIT = /.{2,}?(?:街道|省|市|州|县|区|镇|乡)/gu;
/** A unit longer than this is a region written without suffixes (`湖北恩施利川市`). */
const MAX_UNIT = 5;

/** Splits a name into its units; null when it does not end in a level suffix. */
function units(name: string): string[] | null {
  const parts = name.match(UNIT) ?? [];
  return parts.join('') === name && parts.length > 0 ? parts : null;
}

/** The reading of a name made of units: the trailing short units are the place. */
function readName(name: string): PlaceReading {
  const parts = units(name);
  if (!parts) return UNKNOWN;
  let first = parts.length - 1;
  while (first > 0 && Array.from(parts[first - 1]!).length <= MAX_UNIT) first -= 1;
  if (Array.from(parts[first]!).length > MAX_UNIT) return UNKNOWN;
  const place = parts.slice(first).join('');
  const region = parts.slice(0, first).join('') || null;
  const placeLevel = PLACE_LEVELS.find((suffix) => place.endsWith(suffix)) ?? null;
  return { place, placeLevel, region };
}

/** Whether `text` names `name` somewhere not right after 年 (so `2024年度佳镇` does not count for 度佳镇). */
function namedAlone(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (text[at - 1] !== '年') return true;
  }
  return false;
}

/**
 * The place a title names, checked against the report's text when the
 * title is ambiguous. Before the year: the name standing there (without a
 * trailing 人民政府). After the year (`2024年度佳镇政府工作报告`): the
 * longest ending of the words between year and 政府 that the text also
 * names where no 年 precedes it. Unknown stays null: never a guess.
 */
export function titlePlace(title: string, text = ''): PlaceReading {
  const year = yearInTitle(title);
  if (!year) return UNKNOWN;
  const before = title.slice(0, year.start).trimEnd().replace(GOVERNMENT, '');
  const name = TRAILING_NAME.exec(before)?.[0];
  if (name) return readName(name);
  const after = /^(.{2,8}?)(?:人民政府|政府)?(?:工作报告|政府工作报告)/u.exec(title.slice(year.end))?.[1];
  if (!after) return UNKNOWN;
  for (let cut = 0; cut < after.length - 1; cut++) {
    const candidate = after.slice(cut);
    if (!units(candidate)) continue;
    if (namedAlone(text.replaceAll(title, ''), candidate)) return readName(candidate);
  }
  return UNKNOWN;
}

/** The place a venue line's meeting names: `石桥镇第十届人民代表大会第四次` → 石桥镇. */
export function meetingPlace(meeting: string): PlaceReading {
  const name = /^(.+?)(?:第.{1,4}届|人民代表大会|人大)/u.exec(meeting)?.[1]?.replace(GOVERNMENT, '');
  return name ? readName(name) : UNKNOWN;
}
