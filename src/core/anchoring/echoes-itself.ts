import search from 'approx-string-match';
import { maxErrorsFor } from './fuzzy-quote-candidates';
import { CONTEXT_LENGTH, type TextQuoteSelector } from './selectors';

/**
 * True when the quote, or text within `maxErrorsFor` its length of it,
 * stands in its own stored prefix or suffix: 推进乡村振兴，推进乡村振兴, or
 * ，推进法 after 推进健康. Such a passage has a neighbouring copy a few
 * characters away, and that copy's context is the passage's own context
 * shifted by a few characters, so it can score nearly as well. `anchor`
 * then asks more of the context before it places the highlight.
 */
export function echoesItself({ exact, prefix, suffix }: TextQuoteSelector): boolean {
  if (exact.length === 0 || exact.length > CONTEXT_LENGTH) return false;
  const errors = maxErrorsFor(exact.length);
  if (errors === 0) return prefix.includes(exact) || suffix.includes(exact);
  return search(prefix, exact, errors).length > 0 || search(suffix, exact, errors).length > 0;
}
