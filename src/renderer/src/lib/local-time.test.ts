import { describe, expect, it } from 'vitest';
import { localIsoTime, today } from './local-time';

describe('localIsoTime', () => {
  it('is the same instant, written in local time with its offset', () => {
    const date = new Date('2026-11-22T12:11:30.899Z');
    const written = localIsoTime(date);
    expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(new Date(written).getTime()).toBe(date.getTime());
  });

  it('gives today as the local date', () => {
    expect(today()).toBe(localIsoTime().slice(0, 10));
  });
});
