/**
 * A tooltip's text as the HTML ECharts puts in its tooltip box. Theme names
 * and report titles are the analyst's or the file's words, so they are
 * escaped, never taken for markup.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for HTML, its line breaks made `<br>`. */
export function tooltipHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!).replace(/\r?\n/g, '<br>');
}
