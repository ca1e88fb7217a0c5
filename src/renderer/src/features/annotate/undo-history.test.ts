import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, UndoHistory, type UndoableAction } from './undo-history';

/** An action that appends to / removes from a log, so the order of applies and reverts shows. */
function step(log: string[], name: string, fail?: 'apply' | 'revert'): UndoableAction {
  return {
    label: 'history.addHighlight',
    apply: async () => {
      if (fail === 'apply') throw new Error(`${name} cannot be stored`);
      log.push(name);
    },
    revert: async () => {
      if (fail === 'revert') throw new Error(`${name} cannot be undone`);
      expect(log.at(-1)).toBe(name); // strictly last in, first out
      log.pop();
    },
  };
}

describe('UndoHistory', () => {
  it('undoes in reverse order and redoes in order', async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    await history.perform(step(log, 'a'));
    await history.perform(step(log, 'b'));
    expect(await history.undo()).toBe('history.addHighlight');
    expect(log).toEqual(['a']);
    await history.undo();
    expect(log).toEqual([]);
    expect(await history.undo()).toBeNull();
    await history.redo();
    await history.redo();
    expect(log).toEqual(['a', 'b']);
    expect(await history.redo()).toBeNull();
  });

  it('forgets what was undone once something new is done', async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    await history.perform(step(log, 'a'));
    await history.undo();
    await history.perform(step(log, 'c'));
    expect(history.getSnapshot().redo).toBeNull();
    expect(await history.redo()).toBeNull();
    expect(log).toEqual(['c']);
  });

  it('runs actions one at a time, in the order asked, even when not awaited', async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    const slow: UndoableAction = {
      label: 'history.editNote',
      apply: () => new Promise((resolve) => setTimeout(() => resolve(void log.push('slow')), 20)),
      revert: async () => void log.pop(),
    };
    const pending = [history.perform(slow), history.undo(), history.perform(step(log, 'fast'))];
    await Promise.all(pending);
    expect(log).toEqual(['fast']);
  });

  it('does not keep an action whose apply failed, and rejects with its error', async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    await history.perform(step(log, 'a'));
    await expect(history.perform(step(log, 'b', 'apply'))).rejects.toThrow('b cannot be stored');
    expect(history.getSnapshot()).toEqual({ undo: 'history.addHighlight', redo: null });
    await history.undo();
    expect(log).toEqual([]);
  });

  it('keeps an action whose undo failed on the undo side, so it can be tried again', async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    await history.perform(step(log, 'a', 'revert'));
    await expect(history.undo()).rejects.toThrow('a cannot be undone');
    expect(history.getSnapshot()).toEqual({ undo: 'history.addHighlight', redo: null });
  });

  it('tells subscribers when what can be undone changes, with a stable snapshot between changes', async () => {
    const history = new UndoHistory();
    const seen: unknown[] = [];
    const stop = history.subscribe(() => seen.push(history.getSnapshot()));
    const before = history.getSnapshot();
    expect(history.getSnapshot()).toBe(before);
    await history.perform(step([], 'a'));
    await history.undo();
    stop();
    await history.redo();
    expect(seen).toEqual([
      { undo: 'history.addHighlight', redo: null },
      { undo: null, redo: 'history.addHighlight' },
    ]);
  });

  it(`keeps at most ${HISTORY_LIMIT} actions`, async () => {
    const history = new UndoHistory();
    const log: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) await history.perform(step(log, `s${i}`));
    let undone = 0;
    while ((await history.undo()) !== null) undone += 1;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(log).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });
});
