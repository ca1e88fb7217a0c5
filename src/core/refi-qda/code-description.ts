/**
 * A code's Description as the files carry it. REFI-QDA gives a code a
 * description and nothing else, so a theme's keywords ride along on a last
 * line of their own, `关键词：甲；乙；丙`, which another tool shows as part of
 * the description and the app's reader takes back out.
 */

/** The label that opens the keyword line. */
export const KEYWORDS_LABEL = '关键词：';
/** What separates keywords on the line (a full-width semicolon). */
export const KEYWORDS_SEPARATOR = '；';

/**
 * The Description text for a code: the description, then (when there are
 * keywords) a line `关键词：…` listing them. Keywords containing the separator
 * or a line break cannot be listed so that they read back the same, so such
 * a keyword throws a RangeError. A description whose own last line happens
 * to start with the label gets an empty keyword line after it, so it is not
 * read back as keywords.
 */
export function codeDescription(description: string, keywords: readonly string[]): string {
  const endsLikeKeywords = description.slice(description.lastIndexOf('\n') + 1).startsWith(KEYWORDS_LABEL);
  if (keywords.length === 0 && !endsLikeKeywords) return description;
  for (const keyword of keywords) {
    if (keyword.includes(KEYWORDS_SEPARATOR) || /[\r\n]/.test(keyword) || keyword.trim() === '') {
      throw new RangeError(`codeDescription: keyword ${JSON.stringify(keyword)} is empty or holds "${KEYWORDS_SEPARATOR}" or a line break`);
    }
  }
  const line = `${KEYWORDS_LABEL}${keywords.join(KEYWORDS_SEPARATOR)}`;
  return description === '' ? line : `${description}\n${line}`;
}

/**
 * A Description read from a file, split back into the description and the
 * keywords of its last line, if that line is a keyword line. Other tools'
 * descriptions come back whole with no keywords.
 */
export function splitCodeDescription(text: string): { description: string; keywords: string[] } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lastBreak = normalised.lastIndexOf('\n');
  const lastLine = normalised.slice(lastBreak + 1);
  if (!lastLine.startsWith(KEYWORDS_LABEL)) return { description: normalised, keywords: [] };
  const keywords = lastLine
    .slice(KEYWORDS_LABEL.length)
    .split(KEYWORDS_SEPARATOR)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
  return { description: lastBreak < 0 ? '' : normalised.slice(0, lastBreak), keywords };
}
