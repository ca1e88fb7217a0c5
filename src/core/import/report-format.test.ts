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
  it('knows every format the importer reads, in any case', () => {
    expect(reportFormatOf('a.txt')).toBe('txt');
    expect(reportFormatOf('a.MD')).toBe('md');
    expect(reportFormatOf('报告.Docx')).toBe('docx');
    expect(reportFormatOf('a.PDF')).toBe('pdf');
    expect(reportFormatOf('page.htm')).toBe('htm');
    expect(reportFormatOf('page.Html')).toBe('html');
  });

  it('gives null for anything else', () => {
    for (const name of ['a.doc', 'a.wps', 'a', 'a.txt.zip', 'a.jpg']) expect(reportFormatOf(name)).toBeNull();
  });
});
