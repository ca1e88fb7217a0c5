/**
 * The question asked before a link leaves the app, in the interface
 * language's words: the message box that shows the exact URL, and reading
 * the user's answer from it. index.ts passes Electron's
 * `dialog.showMessageBox` in.
 */
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../shared/ipc';

/** Every word of the question, so a locale is one object. */
export interface ExternalLinkPromptStrings {
  title: string;
  message: string;
  open: string;
  cancel: string;
}

/** The question in Simplified Chinese, the app's default language. */
export const ZH_CN_EXTERNAL_LINK_PROMPT_STRINGS: ExternalLinkPromptStrings = {
  title: '打开外部链接',
  message: '要在浏览器或邮件程序中打开这个链接吗？',
  open: '打开',
  cancel: '取消',
};

/** The question in English. */
export const EN_EXTERNAL_LINK_PROMPT_STRINGS: ExternalLinkPromptStrings = {
  title: 'Open External Link',
  message: 'Open this link in your browser or mail program?',
  open: 'Open',
  cancel: 'Cancel',
};

/** The question's words for each interface language. */
export const EXTERNAL_LINK_PROMPT_STRINGS: Readonly<Record<Locale, ExternalLinkPromptStrings>> = {
  zh: ZH_CN_EXTERNAL_LINK_PROMPT_STRINGS,
  en: EN_EXTERNAL_LINK_PROMPT_STRINGS,
};

/** Index of the button that agrees; the other (取消) is the default and what Esc gives. */
const OPEN_BUTTON = 0;
const CANCEL_BUTTON = 1;

/**
 * The message box asking whether to open `target`: the URL in full as the
 * detail, so the user sees where it goes; 打开 and 取消 as plain buttons;
 * 取消 chosen by default and by Esc, so Enter or a stray key never opens it.
 */
export function externalLinkPromptOptions(target: string, strings: ExternalLinkPromptStrings): MessageBoxOptions {
  return {
    type: 'question',
    title: strings.title,
    message: strings.message,
    detail: target,
    buttons: [strings.open, strings.cancel],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  };
}

/** Shows a message box and gives the index of the button chosen (Electron's `dialog.showMessageBox`). */
export type ShowMessageBox = (options: MessageBoxOptions) => Promise<{ response: number }>;

/**
 * Asks, with {@link externalLinkPromptOptions}, whether to open `target`;
 * true only when the user chose 打开.
 */
export async function confirmExternalLink(
  target: string,
  strings: ExternalLinkPromptStrings,
  showMessageBox: ShowMessageBox,
): Promise<boolean> {
  const { response } = await showMessageBox(externalLinkPromptOptions(target, strings));
  return response === OPEN_BUTTON;
}
