import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from './control-characters';

describe('withoutControlCharacters', () => {
  it('takes out C0 and C1 controls and DEL, and counts them', () => {
    expect(withoutControlCharacters('全镇\u0007经济\u0001平稳\u007f运行\u0085。\u000c')).toEqual({ text: '全镇经济平稳运行。', removed: 5 });
  });

  it('takes terminal escape sequences out whole, each counted once', () => {
    // An escape that starts no sequence goes alone, the text after it kept.
    expect(withoutControlCharacters('\u001b]全镇经济\u001b[2023年')).toEqual({ text: '全镇经济2023年', removed: 2 });
    expect(withoutControlCharacters('\u001b[1;31m全镇\u001b[0m经济\u001b]0;窗口标题\u0007平稳\u001b]8;;https://x\u001b\\运行\u001bc。')).toEqual({ text: '全镇经济平稳运行。', removed: 5 });
  });

  it('takes out bidirectional embeddings, overrides and isolates, which would reorder the text', () => {
    expect(withoutControlCharacters('\u202e新建村道21公里\u202c，\u2067改造管网\u2069')).toEqual({ text: '新建村道21公里，改造管网', removed: 4 });
  });

  it('keeps tabs, spaces, the marks of writing direction and every printable character', () => {
    const text = '一、\t工作回顾\u3000\u00a0左\u200e右\u200f😀';
    expect(withoutControlCharacters(text)).toEqual({ text, removed: 0 });
  });
});
