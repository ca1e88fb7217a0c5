import { describe, expect, it } from 'vitest';
import { reportYear, yearInTitle } from './report-year';

describe('reportYear', () => {
  it.each([
    ['巴州区清江镇2023年政府工作报告', 2023],
    ['2024年度某镇政府工作报告', 2024],
    ['某镇１９９８年政府工作报告', 1998],
    ['某镇二〇二三年政府工作报告', 2023],
    ['某镇二○二二年政府工作报告', 2022],
    ['某镇二零二一年政府工作报告', 2021],
    ['回顾——某镇2023年前9月发展回顾', 2023],
    ['政府工作报告', null],
    ['某镇12023年工作', null],
    ['某镇2150年远景', null],
    ['某镇一二三四年', null],
    ['某镇2023工作报告', null],
  ] as const)('%s → %s', (title, year) => {
    expect(reportYear(title)).toBe(year);
  });

  it('gives the earliest year and its span', () => {
    expect(yearInTitle('二〇二二年至2023年工作')).toEqual({ year: 2022, start: 0, end: 5 });
    expect(yearInTitle('某镇2023年工作')).toEqual({ year: 2023, start: 2, end: 7 });
  });
});
