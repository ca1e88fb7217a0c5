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

  // Changed: the cap was 200 UTF-16 code units, which in Chinese is 600 UTF-8 bytes, over the
  // 255 that Linux and macOS allow; and a cut could take the extension off (the main process
  // cleans `${name}.txt` again, so a long title lost its `.txt`).
  it('caps the length at 200 UTF-8 bytes, whole characters, keeping an extension that ends the name', () => {
    expect(safeFileName('长'.repeat(500))).toBe('长'.repeat(66));
    expect(safeFileName(`${'长'.repeat(100)}.txt`)).toBe(`${'长'.repeat(65)}.txt`);
    expect(safeFileName(`${'a'.repeat(300)}.rlbackup`)).toBe(`${'a'.repeat(191)}.rlbackup`);
    expect(safeFileName(`${'长'.repeat(100)}. .txt`)).toBe(`${'长'.repeat(65)}.txt`);
  });

  // Found with the hostile corpus's names: a right-to-left override makes `报告\u202Etxt.exe` show as `报告exe.txt`.
  it('replaces bidirectional controls and C1 controls, which would make the name read otherwise', () => {
    expect(safeFileName('报告\u202etxt.exe')).toBe('报告_txt.exe');
    expect(safeFileName('a\u2066b\u0085c.md')).toBe('a_b_c.md');
  });
});
