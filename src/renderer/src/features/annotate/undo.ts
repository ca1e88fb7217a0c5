/** The app's one undo history, and the hook that shows what it would undo or redo. */
import { useSyncExternalStore } from 'react';
import { UndoHistory, type HistorySnapshot } from './undo-history';

export const undoHistory = new UndoHistory();

/** The labels of the next undo and redo, re-rendering when they change. */
export function useUndoSnapshot(): HistorySnapshot {
  return useSyncExternalStore(undoHistory.subscribe, undoHistory.getSnapshot);
}
