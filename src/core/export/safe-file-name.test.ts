import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it.each([
    ['报告.md', '报告.md'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\win.ini', 'win.ini'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['tab\there\n.md', 'tab_here_.md'],
    ['.bashrc', 'bashrc'],
    ['name. . ', 'name'],
    ['', '导出'],
    ['...', '导出'],
    ['dir/', '导出'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['console.txt', 'console.txt'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('caps the length', () => {
    expect(safeFileName('长'.repeat(500)).length).toBe(200);
  });
});
