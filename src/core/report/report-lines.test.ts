import { describe, expect, it } from 'vitest';
import { reportLines } from './report-lines';

describe('reportLines', () => {
  it('splits on any line ending and drops blank lines', () => {
    expect(reportLines('标题\r\n\r\n第一段\r第二段\n\n\n第三段\n')).toEqual(['标题', '第一段', '第二段', '第三段']);
  });

  it('trims indentation: spaces, tabs, U+3000, U+00A0, U+FEFF', () => {
    expect(reportLines('\uFEFF标题\n\u3000\u3000第一段。\u00a0\n\t 第二段 \t')).toEqual(['标题', '第一段。', '第二段']);
  });

  it('drops lines of whitespace only', () => {
    expect(reportLines('a\n \u3000\u00a0\t\nb')).toEqual(['a', 'b']);
  });

  it('keeps whitespace inside a line as it is', () => {
    expect(reportLines('  镇长  林晓明  \n坚如磐石守初心 只争朝夕稳向上')).toEqual(['镇长  林晓明', '坚如磐石守初心 只争朝夕稳向上']);
  });

  it('gives no lines for blank text', () => {
    expect(reportLines('')).toEqual([]);
    expect(reportLines('\n\r\n \u3000')).toEqual([]);
  });
});
