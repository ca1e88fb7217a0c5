/**
 * The undo history of coding actions and codebook changes: one stack for the
 * whole library, strictly last-in first-out, because each action's undo
 * restores exactly what it read (a codebook change's inverse is a full
 * snapshot). Actions run one at a time, in the order they were asked for, so
 * an undo pressed while a write is under way waits for it.
 *
 * An action that fails (storage full, a record gone) is not pushed, and the
 * error is given back to the caller to show; what was stored stays as it was
 * because every action writes in one transaction.
 */
import type { MessageKey } from '../../i18n/messages';

/** One thing the analyst did, able to do and undo itself. */
export interface UndoableAction {
  /** What the action did, in the interface's words (`撤销：为划线添加主题`). */
  label: MessageKey;
  /** Does the action (again, on redo). */
  apply(): Promise<void>;
  /** Undoes it, restoring exactly the state `apply` found. */
  revert(): Promise<void>;
}

/** What an undo or redo button needs to show. */
export interface HistorySnapshot {
  undo: MessageKey | null;
  redo: MessageKey | null;
}

/** How many actions are kept for undo. */
export const HISTORY_LIMIT = 200;

export class UndoHistory {
  private done: UndoableAction[] = [];
  private undone: UndoableAction[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  private snapshot: HistorySnapshot = { undo: null, redo: null };

  /** Applies the action and, once it has been stored, makes it the one to undo. */
  perform(action: UndoableAction): Promise<void> {
    return this.serially(async () => {
      await action.apply();
      this.done.push(action);
      if (this.done.length > HISTORY_LIMIT) this.done.shift();
      this.undone = [];
    });
  }

  /** Undoes the last action; nothing when there is none. Resolves to the action's label. */
  undo(): Promise<MessageKey | null> {
    return this.serially(async () => {
      const action = this.done.at(-1);
      if (!action) return null;
      await action.revert();
      this.done.pop();
      this.undone.push(action);
      return action.label;
    });
  }

  /** Redoes the last undone action; nothing when there is none. */
  redo(): Promise<MessageKey | null> {
    return this.serially(async () => {
      const action = this.undone.at(-1);
      if (!action) return null;
      await action.apply();
      this.undone.pop();
      this.done.push(action);
      return action.label;
    });
  }

  /** Forgets every action (the library was replaced). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  /** For `useSyncExternalStore`: calls `listener` whenever what can be undone changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For `useSyncExternalStore`: the labels of the next undo and redo, the same object until they change. */
  getSnapshot = (): HistorySnapshot => this.snapshot;

  private serially<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.then(
      () => this.changed(),
      () => this.changed(),
    );
    return run;
  }

  private changed(): void {
    const undo = this.done.at(-1)?.label ?? null;
    const redo = this.undone.at(-1)?.label ?? null;
    if (undo === this.snapshot.undo && redo === this.snapshot.redo) return;
    this.snapshot = { undo, redo };
    for (const listener of this.listeners) listener();
  }
}
