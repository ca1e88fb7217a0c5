import { describe, expect, it } from 'vitest';
import { fileExtension, reportFormatOf } from './report-format';

describe('fileExtension', () => {
  it.each([
    ['report.txt', 'txt'],
    ['报告.TXT', 'txt'],
    ['/home/a.b/报告.md', 'md'],
    ['C:\\报告\\2023.年.Txt', 'txt'],
    ['report.tar.gz', 'gz'],
    ['README', ''],
    ['.profile', ''],
    ['dir.d/README', ''],
    ['trailing.', ''],
  ])('%s → %j', (name, extension) => {
    expect(fileExtension(name)).toBe(extension);
  });
});

describe('reportFormatOf', () => {
  it('knows txt and md, in any case', () => {
    expect(reportFormatOf('a.txt')).toBe('txt');
    expect(reportFormatOf('a.MD')).toBe('md');
  });

  it('gives null for formats not read yet', () => {
    for (const name of ['a.docx', 'a.pdf', 'a.html', 'a', 'a.txt.zip']) expect(reportFormatOf(name)).toBeNull();
  });
});
