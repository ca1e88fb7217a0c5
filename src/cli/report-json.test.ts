import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../core/import/parse-report-file';
import { parseResultJson } from './report-json';

const REPORT = [
  '首页 > 政务公开 > 安平乡',
  '安平乡2023年政府工作报告',
  '——2023年1月9日在安平乡第十届人民代表大会第三次会议上',
  '各位代表：',
  '一、2022年工作回顾',
  '（一）产业发展稳步推进。全年新建大棚120个，带动农户增收。',
  '二、2023年工作安排',
  '继续做好各项工作。',
].join('\n');

describe('parseResultJson', () => {
  it('gives the stable shape, with paragraphs separated by blank lines', async () => {
    const bytes = new TextEncoder().encode(REPORT);
    const json = parseResultJson('安平乡.txt', await parseReportFile(bytes, '安平乡.txt'));
    expect(Object.keys(json)).toEqual(['file', 'encoding', 'compilation', 'reports', 'hidden', 'warnings']);
    expect(json).toMatchObject({ file: '安平乡.txt', encoding: 'utf-8', compilation: null, hidden: ['首页 > 政务公开 > 安平乡'], warnings: [] });
    const [report] = json.reports;
    expect(report).toMatchObject({ title: '安平乡2023年政府工作报告', place: '安平乡', level: '乡', year: 2023, date: '2023-01-09', incomplete: false });
    expect(report!.headings).toEqual([
      { level: 1, text: '一、2022年工作回顾' },
      { level: 2, text: '（一）产业发展稳步推进。' },
      { level: 1, text: '二、2023年工作安排' },
    ]);
    expect(report!.text.split('\n\n')).toHaveLength(7);
    expect(report!.text).not.toContain('首页');
  });
});
