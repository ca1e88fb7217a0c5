import type { MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { confirmExternalLink, EXTERNAL_LINK_PROMPT_STRINGS, externalLinkPromptOptions } from './external-link-prompt';

describe('externalLinkPromptOptions', () => {
  it('asks in Chinese, shows the whole URL, and makes 取消 the default and the Esc answer', () => {
    const options = externalLinkPromptOptions('https://www.gov.cn/zhengce/', EXTERNAL_LINK_PROMPT_STRINGS.zh);
    expect(options).toEqual({
      type: 'question',
      title: '打开外部链接',
      message: '要在浏览器或邮件程序中打开这个链接吗？',
      detail: 'https://www.gov.cn/zhengce/',
      buttons: ['打开', '取消'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
  });

  it('asks in English when the interface is English', () => {
    const options = externalLinkPromptOptions('mailto:office@example.gov.cn', EXTERNAL_LINK_PROMPT_STRINGS.en);
    expect(options).toMatchObject({ title: 'Open External Link', buttons: ['Open', 'Cancel'], detail: 'mailto:office@example.gov.cn' });
  });

  it('has every word in both languages', () => {
    const keys = Object.keys(EXTERNAL_LINK_PROMPT_STRINGS.zh).sort();
    expect(Object.keys(EXTERNAL_LINK_PROMPT_STRINGS.en).sort()).toEqual(keys);
    for (const strings of Object.values(EXTERNAL_LINK_PROMPT_STRINGS)) {
      for (const word of Object.values(strings)) expect(word.trim()).not.toBe('');
    }
  });
});

describe('confirmExternalLink', () => {
  /** A message box that answers with the button at `response`. */
  const answering = (response: number) => vi.fn(async (_options: MessageBoxOptions) => ({ response }));

  it('agrees only when 打开 was chosen', async () => {
    const open = answering(0);
    expect(await confirmExternalLink('https://www.gov.cn/', EXTERNAL_LINK_PROMPT_STRINGS.zh, open)).toBe(true);
    expect(open.mock.calls[0]?.[0].detail).toBe('https://www.gov.cn/');
    expect(await confirmExternalLink('https://www.gov.cn/', EXTERNAL_LINK_PROMPT_STRINGS.zh, answering(1))).toBe(false);
  });

  it('treats any other answer as no', async () => {
    for (const response of [-1, 2, Number.NaN]) {
      expect(await confirmExternalLink('https://www.gov.cn/', EXTERNAL_LINK_PROMPT_STRINGS.zh, answering(response)), String(response)).toBe(false);
    }
  });
});
