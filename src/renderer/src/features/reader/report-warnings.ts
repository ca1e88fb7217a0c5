/**
 * The importer's warnings about a report, as the reader shows them: each
 * warning is `code: detail` (see core's report-warnings.ts) or a format
 * reader's own sentence; known codes get words in the interface language.
 */
import type { MessageKey } from '../../i18n/messages';

/** A warning to show: the message key for its code (or null) and the detail to fill in. */
export interface ShownWarning {
  key: MessageKey | null;
  detail: string;
}

const CODES: Readonly<Record<string, MessageKey>> = {
  'ocr-slip': 'warning.ocr-slip',
  'inserted-ad': 'warning.inserted-ad',
  'anti-scrape': 'warning.anti-scrape',
  'control-characters': 'warning.control-characters',
};

/** Codes whose detail is a count in words (`12 invisible characters removed`): only the number is shown. */
const COUNTED = new Set(['anti-scrape', 'control-characters']);

/** Splits a stored warning into the words to show it with. */
export function shownWarning(warning: string): ShownWarning {
  const match = /^([a-z-]+): (.*)$/u.exec(warning);
  const key = match ? CODES[match[1]!] : undefined;
  if (!match || !key) return { key: null, detail: warning };
  const detail = COUNTED.has(match[1]!) ? (/\d+/u.exec(match[2]!)?.[0] ?? match[2]!) : match[2]!;
  return { key, detail };
}
