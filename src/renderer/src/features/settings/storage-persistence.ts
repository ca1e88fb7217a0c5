/**
 * Where the library's storage stands: whether the browser has agreed to
 * keep it (persistent storage, not cleared when space runs low) and how
 * much of its allowance it uses. The app asks for persistence once at start.
 */

/** What 设置 shows of the storage; null where the browser cannot say. */
export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks the browser to keep the library's storage; its answer, or null where it cannot be asked. */
export async function requestPersistence(storage: StorageManager | null = navigator.storage ?? null): Promise<boolean | null> {
  if (!storage?.persist) return null;
  return (await storage.persisted()) || storage.persist();
}

/** Whether the storage is kept, and its use and allowance. */
export async function storageState(storage: StorageManager | null = navigator.storage ?? null): Promise<StorageState> {
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted ? storage.persisted() : null, storage.estimate ? storage.estimate() : null]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** A byte count as people read it: `812 KB`, `23.4 MB`, `10 GB`. */
export function bytesText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`;
}
