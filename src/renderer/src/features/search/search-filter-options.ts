/**
 * The choices the search filters offer, read from the library: its years,
 * the place levels it holds (in the order of government, province down to
 * subdistrict) and its places, for suggestions while typing a place.
 */
import type { PlaceLevel } from '../../../../core/report/report';
import type { ReportRecord } from '../../db/db';

/** Place levels from the top down; the message key of each level's name. */
export const PLACE_LEVELS = [
  { level: '省', key: 'search.level.province' },
  { level: '市', key: 'search.level.city' },
  { level: '州', key: 'search.level.prefecture' },
  { level: '县', key: 'search.level.county' },
  { level: '区', key: 'search.level.district' },
  { level: '镇', key: 'search.level.town' },
  { level: '乡', key: 'search.level.township' },
  { level: '街道', key: 'search.level.subdistrict' },
] as const satisfies readonly { level: PlaceLevel; key: string }[];

/** What the filters may choose from. */
export interface SearchFilterOptions {
  /** Newest first. */
  years: number[];
  /** Top down, only those the library holds. */
  levels: PlaceLevel[];
  /** In pinyin order; of the chosen level only, when one is chosen. */
  places: string[];
}

const collator = new Intl.Collator('zh-CN');

/** The filter choices the library's reports offer; places narrowed to `level` when it is given. */
export function searchFilterOptions(reports: readonly ReportRecord[], level: PlaceLevel | null): SearchFilterOptions {
  const years = new Set<number>();
  const levels = new Set<PlaceLevel>();
  const places = new Set<string>();
  for (const report of reports) {
    if (report.year !== null) years.add(report.year);
    if (report.placeLevel !== null) levels.add(report.placeLevel);
    if (report.place !== null && (level === null || report.placeLevel === level)) places.add(report.place);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    levels: PLACE_LEVELS.map((entry): PlaceLevel => entry.level).filter((entry) => levels.has(entry)),
    places: [...places].sort(collator.compare),
  };
}
