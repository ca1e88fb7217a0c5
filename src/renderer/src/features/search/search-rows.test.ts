import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../db/db';
import type { ReportMatches, SearchMatch } from './search-library';
import { nextFocusableRow, searchRows } from './search-rows';

const match = (start: number): SearchMatch => ({ start, end: start + 2 });
const result = (id: string, listed: number, count = listed): ReportMatches => ({
  report: { id, title: `${id}镇2024年政府工作报告` } as ReportRecord,
  matches: Array.from({ length: listed }, (_, i) => match(i * 10)),
  count,
  text: '推进乡村振兴。'.repeat(listed * 2),
});

describe('searchRows', () => {
  it('lists each report with its first three matches and a row for the rest', () => {
    const rows = searchRows([result('甲', 5), result('乙', 1)], new Set());
    expect(rows.map((row) => row.kind)).toEqual(['report', 'match', 'match', 'match', 'more', 'report', 'match']);
    expect(rows[4]).toMatchObject({ kind: 'more', hidden: 2, unlisted: 0, expanded: false });
  });

  it('lists every match of an expanded report, and says how many are counted but not listed', () => {
    const rows = searchRows([result('甲', 5, 140)], new Set(['甲']));
    expect(rows.filter((row) => row.kind === 'match')).toHaveLength(5);
    expect(rows.at(-1)).toMatchObject({ kind: 'more', hidden: 0, unlisted: 135, expanded: true });
  });

  it('gives rows keys that stay the same as results arrive', () => {
    const before = searchRows([result('甲', 2)], new Set()).map((row) => row.key);
    const after = searchRows([result('乙', 1), result('甲', 2)], new Set()).map((row) => row.key);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
  });
});

describe('nextFocusableRow', () => {
  it('skips the rows that show more, and stops at either end', () => {
    const rows = searchRows([result('甲', 4), result('乙', 1)], new Set());
    expect(nextFocusableRow(rows, 3, 1)).toBe(5);
    expect(nextFocusableRow(rows, 5, -1)).toBe(3);
    expect(nextFocusableRow(rows, rows.length - 1, 1)).toBe(-1);
    expect(nextFocusableRow(rows, 0, -1)).toBe(-1);
  });
});
