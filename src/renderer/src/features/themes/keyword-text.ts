/**
 * A theme's keywords as the analyst types them: one field of terms separated
 * by commas (half- or full-width), 、, semicolons or new lines.
 */

const SEPARATORS = /[,，、;；\n\r]+/;

/** The terms of a keyword field, in order; cleaning (trimming, repeats) is left to core's `themeKeywords`. */
export function keywordsFromText(text: string): string[] {
  return text.split(SEPARATORS);
}

/** A keyword list as the field shows it: joined with 、 in Chinese and a comma in English. */
export function keywordsToText(keywords: readonly string[], locale: 'zh' | 'en'): string {
  return keywords.join(locale === 'zh' ? '、' : ', ');
}
