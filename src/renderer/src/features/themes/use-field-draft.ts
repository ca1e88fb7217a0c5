/**
 * The text of a form field that edits a stored value: the analyst's draft
 * while they type, put back to the stored value whenever that changes (the
 * edit was saved, or undone, or made elsewhere).
 */
import { useState } from 'react';

/** `[draft, setDraft]` for a field showing `stored`; the draft follows `stored` when it changes. */
export function useFieldDraft(stored: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [shown, setShown] = useState(stored);
  // Adjusting state while rendering when a prop changed, as React's docs advise instead of an effect.
  if (shown !== stored) {
    setShown(stored);
    setDraft(stored);
  }
  return [draft, setDraft];
}
