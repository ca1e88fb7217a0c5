import { describe, expect, it, vi } from 'vitest';
import { memoPerList } from './memo-per-list';

describe('memoPerList', () => {
  it('works a list and key out once, and another list or key anew', () => {
    const make = vi.fn((list: readonly number[], order: 'up' | 'down') => [...list].sort((a, b) => (order === 'up' ? a - b : b - a)));
    const sorted = memoPerList(make);
    const list = [3, 1, 2];
    const up = sorted(list, 'up');
    expect(up).toEqual([1, 2, 3]);
    expect(sorted(list, 'up')).toBe(up);
    expect(sorted(list, 'down')).toEqual([3, 2, 1]);
    expect(sorted([...list], 'up')).not.toBe(up);
    expect(make).toHaveBeenCalledTimes(3);
  });

  it('takes no key when its work needs none', () => {
    const make = vi.fn((list: readonly number[]) => list.length);
    const length = memoPerList(make);
    const list = [1, 2];
    expect(length(list)).toBe(2);
    expect(length(list)).toBe(2);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
