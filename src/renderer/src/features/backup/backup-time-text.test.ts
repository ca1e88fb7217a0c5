import { describe, expect, it } from 'vitest';
import { backupTimeText } from './backup-time-text';

describe('backupTimeText', () => {
  it('gives the date and the minute on the maker’s clock', () => {
    expect(backupTimeText('2026-11-22T18:30:05.123+08:00')).toBe('2026-11-22 18:30');
    expect(backupTimeText('2026-01-02T03:04:05.000-05:00')).toBe('2026-01-02 03:04');
  });

  it('gives back anything else as it is', () => {
    expect(backupTimeText('不是时间')).toBe('不是时间');
  });
});
