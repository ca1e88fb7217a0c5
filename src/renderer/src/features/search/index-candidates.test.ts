import { describe, expect, it } from 'vitest';
import { intersectSorted } from './index-candidates';

describe('intersectSorted', () => {
  it('keeps the keys every list has', () => {
    expect(intersectSorted([[1, 3, 5, 7, 9], [3, 4, 5, 9], [2, 3, 9, 10]])).toEqual([3, 9]);
  });

  it('gives nothing when a list is empty, or when there are no lists', () => {
    expect(intersectSorted([[1, 2], [], [1]])).toEqual([]);
    expect(intersectSorted([])).toEqual([]);
  });

  it('gives a single list back whole', () => {
    expect(intersectSorted([[4, 8]])).toEqual([4, 8]);
  });
});
