/**
 * Making a codebook change from the panel: the change goes through the undo
 * history, and a refusal or failure is kept, in words, for the place in the
 * panel it came from (a theme's editor, the new-theme form) to show.
 */
import { useCallback, useState } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { undoHistory } from '../annotate/undo';
import { codebookErrorText, type CodebookErrorText } from './codebook-error';
import { codebookAction, type CodebookOperation } from './codebook-actions';

/** Where in the panel a change was asked for: a theme's id, `create`, or `panel` for the list itself. */
export type ChangePlace = string;

/** A change that did not happen, and where it was asked for. */
export interface CodebookFailure {
  place: ChangePlace;
  text: CodebookErrorText;
}

/**
 * Runs one codebook operation as an undoable action, the history's label
 * naming it; `removing` lists the theme(s) a merge or deletion takes away.
 * Resolves to true when the change was stored, false when it was refused or
 * failed; then nothing was stored, `failure` says why, and `onError` hears it.
 */
export type MakeCodebookChange = (place: ChangePlace, label: MessageKey, operation: CodebookOperation, removing?: readonly string[]) => Promise<boolean>;

/** `change` to make codebook changes, the last `failure` (null after a success), and `dismiss` to clear it. */
export function useCodebookChange(onError?: (message: string) => void): { change: MakeCodebookChange; failure: CodebookFailure | null; dismiss(): void } {
  const { t } = useI18n();
  const [failure, setFailure] = useState<CodebookFailure | null>(null);
  const change = useCallback<MakeCodebookChange>(
    async (place, label, operation, removing = []) => {
      try {
        await undoHistory.perform(codebookAction(library, label, operation, removing));
        setFailure(null);
        return true;
      } catch (error) {
        const text = codebookErrorText(error);
        setFailure({ place, text });
        onError?.(t(text.key, text.values));
        return false;
      }
    },
    [t, onError],
  );
  const dismiss = useCallback(() => setFailure(null), []);
  return { change, failure, dismiss };
}
