import { describe, expect, it } from 'vitest';
import { foldRadicals } from './pdf-radicals';

describe('foldRadicals', () => {
  it('folds radicals a text layer gives for ideographs of the same shape', () => {
    // As Chrome prints 青石县白鹭镇人民政府 in Noto Serif CJK SC.
    expect(foldRadicals('⻘⽯县⽩鹭镇⼈⺠政府')).toBe('青石县白鹭镇人民政府');
    expect(foldRadicals('同⽐增⻓，⼀般公共预算收⼊')).toBe('同比增长，一般公共预算收入');
  });

  it('reads ⼾ as the simplified 户, the em-dash ligatures as dashes, compatibility ideographs as unified ones', () => {
    expect(foldRadicals('危房56⼾')).toBe('危房56户');
    expect(foldRadicals('⸺2023年1月10日')).toBe('——2023年1月10日');
    expect(foldRadicals('⸻')).toBe('———');
    expect(foldRadicals('\uf900\uf91d\ufa11')).toBe('\u8c48\u6b04\ufa11'); // U+FA11 is a unified ideograph: kept
  });

  it('leaves everything else alone', () => {
    const text = '青石县白鹭镇2023年政府工作报告：GDP增长6.8%（一）“十四五”——ﬁ ⺀';
    expect(foldRadicals(text)).toBe(text);
  });
});
