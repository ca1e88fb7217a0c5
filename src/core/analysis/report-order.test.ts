import { describe, expect, it } from 'vitest';
import { compareByPlace, reportLabel, sortReports, type ReportHeading } from './report-order';

function report(id: string, place: string | null, year: number | null, title = `${place ?? ''}${year ?? ''}年政府工作报告`): ReportHeading {
  return { id, title, place, year };
}

const REPORTS = [
  report('zj24', '浙江省', 2024),
  report('bj23', '北京市', 2023),
  report('none', null, 2022, '某县政府工作报告'),
  report('sh24', '上海市', 2024),
  report('bj22', '北京市', 2022),
  report('cq', '重庆市', null),
];

describe('sortReports', () => {
  it('sorts by place in pinyin order, then year; no place last', () => {
    expect(sortReports(REPORTS, 'place').map((r) => r.id)).toEqual(['bj22', 'bj23', 'cq', 'sh24', 'zj24', 'none']);
  });

  it('agrees with localeCompare in zh-Hans-CN', () => {
    const places = ['浙江省', '北京市', '上海市', '重庆市', '安徽省'];
    const expected = [...places].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    const sorted = sortReports(places.map((place, i) => report(String(i), place, 2024)), 'place').map((r) => r.place);
    expect(sorted).toEqual(expected);
  });

  it('sorts by year, oldest first, then place; no year last', () => {
    expect(sortReports(REPORTS, 'year').map((r) => r.id)).toEqual(['bj22', 'none', 'bj23', 'sh24', 'zj24', 'cq']);
  });

  it('leaves the list given as it was', () => {
    const before = REPORTS.map((r) => r.id);
    sortReports(REPORTS, 'year');
    expect(REPORTS.map((r) => r.id)).toEqual(before);
  });

  it('orders two reports of one place and year by title, whatever their order', () => {
    const a = report('a', '北京市', 2023, '北京市2023年政府工作报告（全文）');
    const b = report('b', '北京市', 2023, '北京市2023年政府工作报告');
    expect(compareByPlace(a, b)).toBeGreaterThan(0);
    expect(compareByPlace(b, a)).toBeLessThan(0);
  });
});

describe('reportLabel', () => {
  it.each([
    [report('x', '湖北省', 2024), '湖北省 2024'],
    [report('x', '湖北省', null), '湖北省'],
    [report('x', null, 2022, '某县政府工作报告'), '某县政府工作报告 2022'],
    [report('x', null, 2022, '2022年某县政府工作报告'), '2022年某县政府工作报告'],
    [report('x', null, null, '  '), 'x'],
  ])('labels %o as %s', (heading, label) => {
    expect(reportLabel(heading)).toBe(label);
  });
});
