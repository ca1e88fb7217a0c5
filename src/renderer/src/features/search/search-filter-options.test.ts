import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../db/db';
import { searchFilterOptions } from './search-filter-options';

const record = (place: string | null, placeLevel: ReportRecord['placeLevel'], year: number | null) => ({ place, placeLevel, year }) as ReportRecord;

describe('searchFilterOptions', () => {
  const reports = [record('清水镇', '镇', 2024), record('白石乡', '乡', 2023), record('河西县', '县', 2024), record(null, null, null), record('安平镇', '镇', 2022)];

  it('offers the years newest first and the levels from the top down', () => {
    const options = searchFilterOptions(reports, null);
    expect(options.years).toEqual([2024, 2023, 2022]);
    expect(options.levels).toEqual(['县', '镇', '乡']);
    expect(options.places).toEqual(['安平镇', '白石乡', '河西县', '清水镇']);
  });

  it('suggests only the places of the chosen level', () => {
    expect(searchFilterOptions(reports, '镇').places).toEqual(['安平镇', '清水镇']);
  });
});
