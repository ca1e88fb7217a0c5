import { describe, expect, it } from 'vitest';
import { RejectedSuggestions } from './rejected-suggestions';

describe('RejectedSuggestions', () => {
  it('remembers keys, telling listeners only when something was added', () => {
    const rejected = new RejectedSuggestions();
    let calls = 0;
    const stop = rejected.subscribe(() => calls++);
    const before = rejected.getSnapshot();
    rejected.reject(['a', 'b']);
    expect(rejected.has('a')).toBe(true);
    expect(rejected.getSnapshot()).not.toBe(before);
    const after = rejected.getSnapshot();
    rejected.reject(['a']);
    expect(rejected.getSnapshot()).toBe(after);
    expect(calls).toBe(1);
    stop();
    rejected.reject(['c']);
    expect(calls).toBe(1);
  });
});
