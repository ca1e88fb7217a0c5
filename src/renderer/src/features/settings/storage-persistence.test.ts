import { describe, expect, it, vi } from 'vitest';
import { bytesText, requestPersistence, storageState } from './storage-persistence';

const manager = (persisted: boolean, grant: boolean) =>
  ({
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 2_500_000, quota: 10 * 1024 ** 3 })),
  }) as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };

describe('requestPersistence', () => {
  it('asks only when the storage is not kept yet, and gives the answer', async () => {
    const kept = manager(true, false);
    expect(await requestPersistence(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
    const refused = manager(false, false);
    expect(await requestPersistence(refused)).toBe(false);
    expect(refused.persist).toHaveBeenCalledOnce();
    expect(await requestPersistence(manager(false, true))).toBe(true);
  });

  it('answers null where storage cannot be asked for', async () => {
    expect(await requestPersistence(null)).toBeNull();
  });
});

describe('storageState', () => {
  it('gives whether the storage is kept, its use and its allowance', async () => {
    expect(await storageState(manager(false, false))).toEqual({ persisted: false, usage: 2_500_000, quota: 10 * 1024 ** 3 });
    expect(await storageState(null)).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('bytesText', () => {
  it.each([
    [0, '0 B'],
    [812, '812 B'],
    [2_500_000, '2.4 MB'],
    [150 * 1024 ** 2, '150 MB'],
    [10 * 1024 ** 3, '10 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(bytesText(bytes)).toBe(text);
  });
});
