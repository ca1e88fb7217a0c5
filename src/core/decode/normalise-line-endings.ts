/**
 * Turns every CRLF and every lone CR into LF, so a report copied on Windows,
 * on an old Mac or from a web page splits into the same lines. Nothing else
 * in the text changes; Unicode line and paragraph separators are kept.
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
