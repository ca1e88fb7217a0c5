import { describe, expect, it } from 'vitest';
import { visibleFileName } from './visible-file-name';

describe('visibleFileName', () => {
  it('shows characters that reorder or hide text by their code', () => {
    expect(visibleFileName('报告\u202Etxt.exe')).toBe('报告⟨U+202E⟩txt.exe');
    expect(visibleFileName('a\u200Bb\u2066c\u0007.txt')).toBe('a⟨U+200B⟩b⟨U+2066⟩c⟨U+0007⟩.txt');
  });

  it('leaves an ordinary name as it is', () => {
    expect(visibleFileName('清水镇2024年政府工作报告（定稿）.docx')).toBe('清水镇2024年政府工作报告（定稿）.docx');
  });
});
