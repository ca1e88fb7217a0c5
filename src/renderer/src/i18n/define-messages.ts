/**
 * A feature's interface texts, in Chinese and English, kept beside the
 * feature and merged into the app's dictionary by `messages.ts`. The English
 * object must have exactly the Chinese keys, so a missing text is a type error.
 */
export function defineMessages<const Zh extends Record<string, string>>(zh: Zh, en: { [K in keyof Zh]: string }): { zh: Zh; en: { [K in keyof Zh]: string } } {
  return { zh, en };
}
