import { describe, expect, it } from 'vitest';
import { shownExportTime } from './export-time';

describe('shownExportTime', () => {
  it.each([
    ['2026-11-22T20:11:30.899+08:00', '2026-11-22 20:11'],
    ['2026-03-01T08:00:00.000Z', '2026-03-01 08:00'],
  ])('shows %s as %s, in its own time zone', (iso, shown) => {
    expect(shownExportTime(iso)).toBe(shown);
  });

  it.each(['', '2026-11-22', 'yesterday', '2026-13-40T99:99:00Z'])('refuses %j', (value) => {
    expect(() => shownExportTime(value)).toThrow(RangeError);
  });
});
