import { describe, expect, it } from 'vitest';
import { withoutMarkdownMarkup } from './markdown-markup';

describe('withoutMarkdownMarkup', () => {
  it('keeps plain Markdown text, headings and emphasis as they are', () => {
    const text = '# 白鹭镇2023年政府工作报告\n\n各位代表：\n\n**一、工作回顾**\n全镇实现生产总值12.6亿元，x<y时取小值。';
    expect(withoutMarkdownMarkup(text)).toEqual({ text, images: 0 });
  });

  it('removes script, style, frames and other code elements with their content, keeping the lines apart', () => {
    const { text } = withoutMarkdownMarkup('开头\n<script>\ntop.__pwned=1\n</script>\n<iframe src="javascript:alert(1)">框架</iframe>结尾\n<STYLE>p{}</STYLE>');
    expect(text).toBe('开头\n\n\n\n结尾\n');
  });

  it('removes an unclosed script to the end, as a browser would', () => {
    expect(withoutMarkdownMarkup('正文。\n<script>alert(1)\n更多').text).toBe('正文。\n\n');
  });

  it('turns links into their text and drops images, link definitions, autolinks, tags and comments', () => {
    const markdown = [
      '详见[镇政府公告](javascript:top.__pwned=1 "公告")与[附件][1]。![现场图片](https://evil.example/x.png)',
      '[1]: https://evil.example/a.docx',
      '网址<https://evil.example/>。<img src=x onerror="top.__pwned=1"><b>加粗</b><!-- 注释 -->',
    ].join('\n');
    expect(withoutMarkdownMarkup(markdown)).toEqual({ text: '详见镇政府公告与附件。\n\n网址。加粗', images: 1 });
  });

  it('takes time in proportion to the text on runs built to make patterns backtrack', () => {
    for (const unit of ['[', '![', '[a](', '<script', '<b ', '<!-', '[x]: ']) {
      const started = performance.now();
      withoutMarkdownMarkup(unit.repeat(Math.ceil(2_000_000 / unit.length)));
      expect(performance.now() - started, unit).toBeLessThan(1000);
    }
  });
});
