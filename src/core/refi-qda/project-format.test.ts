import { describe, expect, it } from 'vitest';
import { projectFormat } from './project-format';

describe('projectFormat', () => {
  it.each([
    ['项目.qdpx', 'qdpx'],
    ['C:\\导出\\主题.QDC', 'qdc'],
    ['reports/某镇.qdpx', 'qdpx'],
    ['某镇2024年政府工作报告.docx', null],
    ['qdpx', null],
    ['.qdc', null],
  ])('%s is %s', (name, format) => {
    expect(projectFormat(name)).toBe(format);
  });
});
