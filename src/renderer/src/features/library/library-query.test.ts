import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../db/db';
import { reportRecord } from '../../db/fixtures/report-record';
import { libraryYears, queryLibrary, DEFAULT_LIBRARY_QUERY } from './library-query';

const report = reportRecord;

const library = [
  report({ id: 'a', title: '石桥镇2024年政府工作报告', place: '石桥镇', year: 2024, size: 3000, importedAt: '2026-01-03T00:00:00.000Z' }),
  report({ id: 'b', title: '安平乡2023年政府工作报告', place: '安平乡', year: 2023, size: 9000, importedAt: '2026-01-01T00:00:00.000Z' }),
  report({ id: 'c', title: '政府工作报告', importedAt: '2026-01-02T00:00:00.000Z' }),
];

const ids = (rs: readonly ReportRecord[]) => rs.map((r) => r.id);

describe('queryLibrary', () => {
  it.each([
    ['importedAt', ['a', 'c', 'b']],
    ['size', ['b', 'a', 'c']],
    ['year', ['a', 'b', 'c']],
    ['place', ['b', 'a', 'c']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(ids(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, sort }))).toEqual(expected);
  });

  it('filters by every word, in title or place', () => {
    expect(ids(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, text: '2023 安平' }))).toEqual(['b']);
    expect(ids(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, text: '石桥 2023' }))).toEqual([]);
  });

  it('filters by year and leaves unknown years out of a year filter', () => {
    expect(ids(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, year: 2024 }))).toEqual(['a']);
  });

  it('sorts a list once for each order, and a new list anew', () => {
    const first = queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, sort: 'size' });
    expect(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, sort: 'size', year: 2024 })).toEqual([library[0]]);
    expect(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, sort: 'size' })).toBe(first);
    const changed = [library[0]!, { ...library[1]!, size: 1 }, library[2]!];
    expect(ids(queryLibrary(changed, { ...DEFAULT_LIBRARY_QUERY, sort: 'size' }))).toEqual(['a', 'c', 'b']);
  });

  it('filters a changed report by its new title', () => {
    expect(ids(queryLibrary(library, { ...DEFAULT_LIBRARY_QUERY, text: '南湖' }))).toEqual([]);
    const renamed = [...library.slice(0, 2), { ...library[2]!, title: '南湖街道政府工作报告' }];
    expect(ids(queryLibrary(renamed, { ...DEFAULT_LIBRARY_QUERY, text: '南湖' }))).toEqual(['c']);
  });

  it('does not reorder its input', () => {
    const input = [...library];
    queryLibrary(input, { ...DEFAULT_LIBRARY_QUERY, sort: 'title' });
    expect(ids(input)).toEqual(['a', 'b', 'c']);
  });
});

describe('libraryYears', () => {
  it('lists distinct known years, newest first', () => {
    expect(libraryYears([...library, report({ id: 'd', title: 'x', year: 2024 })])).toEqual([2024, 2023]);
  });
});
