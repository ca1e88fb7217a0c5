/**
 * What the analyst is told when a codebook change is refused or fails. Core's
 * operations refuse a request with a RangeError whose English message says
 * why; the common reasons are recognised here and given the interface's own
 * words, and anything else is shown with its message as the detail.
 */
import type { MessageKey } from '../../i18n/messages';

/** An interface text and the values for its placeholders: `t(key, values)`. */
export interface CodebookErrorText {
  key: MessageKey;
  values: Record<string, string>;
}

/** A theme name quoted by core with JSON.stringify, unquoted; the text as it is when it cannot be parsed. */
function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted;
  }
}

/** Core's refusals the panel words itself, tried in order: a pattern and the text it becomes. */
const REFUSALS: { pattern: RegExp; text(match: RegExpMatchArray): CodebookErrorText }[] = [
  { pattern: /theme name cannot be empty/, text: () => ({ key: 'themes.error.emptyName', values: {} }) },
  { pattern: /A theme named (".*") already exists/, text: (match) => ({ key: 'themes.error.nameTaken', values: { name: unquote(match[1] ?? '') } }) },
  { pattern: /cannot be merged into itself/, text: () => ({ key: 'themes.error.mergeIntoItself', values: {} }) },
  { pattern: /cannot be merged into its own descendant (".*")$/, text: (match) => ({ key: 'themes.error.mergeIntoDescendant', values: { name: unquote(match[1] ?? '') } }) },
  { pattern: /cannot be nested under/, text: () => ({ key: 'themes.error.nestUnderDescendant', values: {} }) },
  { pattern: /is not of the form #rrggbb/, text: () => ({ key: 'themes.error.badColor', values: {} }) },
  { pattern: /^No theme (".*") in the codebook/, text: () => ({ key: 'themes.error.missing', values: {} }) },
];

/**
 * The text for an error thrown while changing the codebook: a refusal the
 * panel knows in its own words, an unknown refusal as the generic text with
 * core's message, and a failure to store (not a RangeError) as the undo
 * history's "could not be saved" text with its reason.
 */
export function codebookErrorText(error: unknown): CodebookErrorText {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof RangeError)) return { key: 'history.failed', values: { reason: message } };
  for (const refusal of REFUSALS) {
    const match = message.match(refusal.pattern);
    if (match) return refusal.text(match);
  }
  return { key: 'themes.error.generic', values: { detail: message } };
}

/** True when the text is about a theme's name, so the name field is the one to mark invalid. */
export function isNameError(text: CodebookErrorText | null | undefined): boolean {
  return text?.key === 'themes.error.emptyName' || text?.key === 'themes.error.nameTaken';
}
