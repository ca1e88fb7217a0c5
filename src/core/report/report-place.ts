/**
 * The place a report's title names before its year:
 * `巴州区清江镇2023年政府工作报告` → 巴州区清江镇, level 镇.
 */
import type { PlaceLevel } from './report';
import { yearInTitle } from './report-year';

/** The place a title names, and its level; both null when unknown. */
export interface PlaceReading {
  place: string | null;
  placeLevel: PlaceLevel | null;
}

/** Level suffixes, longest first so that 街道 is tried before any one-character suffix. */
export const PLACE_LEVELS: readonly PlaceLevel[] = ['街道', '省', '市', '州', '县', '区', '镇', '乡'];

/** The government's name after a place, as in `浦阳镇人民政府2023年…`. */
const GOVERNMENT = /(?:人民政府|政府)$/u;

/** The last run of characters that are not whitespace, punctuation or symbols. */
const TRAILING_NAME = /[^\s\p{P}\p{S}]+$/u;

const UNKNOWN: PlaceReading = { place: null, placeLevel: null };

/**
 * Reads the place from a title: the name standing right before the year
 * (after any slogan and dash, and without a trailing `人民政府`), if it ends
 * in a level suffix (省, 市, 州, 县, 区, 镇, 乡, 街道). The whole name is the
 * place, so `巴州区清江镇` gives 巴州区清江镇 with level 镇. A title with no
 * year, nothing before the year, or no suffix gives nulls: never a guess.
 */
export function reportPlace(title: string): PlaceReading {
  const year = yearInTitle(title);
  if (!year) return UNKNOWN;
  const before = title.slice(0, year.start).trimEnd().replace(GOVERNMENT, '');
  const name = TRAILING_NAME.exec(before)?.[0];
  if (!name) return UNKNOWN;
  const level = PLACE_LEVELS.find((suffix) => name.endsWith(suffix) && name.length > suffix.length);
  return level ? { place: name, placeLevel: level } : UNKNOWN;
}
