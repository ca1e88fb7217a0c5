import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT, AutoBackupStore, autoBackupFileName, autoBackupTime, DAY_MS, isDue } from './auto-backup-store';

let dir: string;
let folder: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'auto-backup-store-'));
  folder = join(dir, 'backups');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const zip = (tag: string) => new TextEncoder().encode(`PK${tag}`);
/** 22 November 2026 at hh:mm:ss, local time. */
const at = (day: number, hours = 18, minutes = 30, seconds = 5) => new Date(2026, 10, day, hours, minutes, seconds);

describe('autoBackupFileName and autoBackupTime', () => {
  it('names a backup by its local time, sortable, without colons', () => {
    expect(autoBackupFileName(at(22))).toBe('library-2026-11-22T18-30-05.rlbackup');
    expect(autoBackupFileName(new Date(2027, 0, 3, 7, 4, 9))).toBe('library-2027-01-03T07-04-09.rlbackup');
  });

  it('reads the time back from the name, to the second', () => {
    expect(autoBackupTime('library-2026-11-22T18-30-05.rlbackup')).toEqual(at(22));
  });

  it('sorts names as it sorts times', () => {
    const times = [at(3, 9), at(22, 8), at(22, 18), new Date(2027, 0, 1, 0, 0, 0), new Date(2026, 9, 30, 23, 59, 59)];
    const byName = times.map(autoBackupFileName).sort();
    const byTime = [...times].sort((a, b) => a.getTime() - b.getTime()).map(autoBackupFileName);
    expect(byName).toEqual(byTime);
  });

  it.each([
    ['a foreign file', 'notes.txt'],
    ['a backup the analyst saved', '资料库备份 2026-11-22.rlbackup'],
    ['a copy of ours', 'library-2026-11-22T18-30-05 (1).rlbackup'],
    ['another case', 'LIBRARY-2026-11-22T18-30-05.RLBACKUP'],
    ['our temporary file', '.library-2026-11-22T18-30-05.rlbackup.tmp'],
    ['a date that does not exist', 'library-2026-02-30T18-30-05.rlbackup'],
    ['a time that does not exist', 'library-2026-11-22T24-30-05.rlbackup'],
  ])('is null for %s', (_what, name) => {
    expect(autoBackupTime(name)).toBeNull();
  });
});

describe('isDue', () => {
  const now = at(22);
  it('is due when there is no backup yet', () => {
    expect(isDue(now, null)).toBe(true);
  });

  it('is due once the newest backup is a day old, not before', () => {
    expect(isDue(now, new Date(now.getTime() - DAY_MS))).toBe(true);
    expect(isDue(now, new Date(now.getTime() - DAY_MS + 1))).toBe(false);
    expect(isDue(now, new Date(now.getTime() - 60_000))).toBe(false);
  });

  it('takes another interval', () => {
    expect(isDue(now, new Date(now.getTime() - 3_600_000), 3_600_000)).toBe(true);
    expect(isDue(now, new Date(now.getTime() - 3_599_999), 3_600_000)).toBe(false);
  });

  it('is not due while the newest backup is dated ahead of the clock', () => {
    expect(isDue(now, new Date(now.getTime() + DAY_MS))).toBe(false);
  });
});

describe('AutoBackupStore', () => {
  it('keeps a week of backups by default, and refuses to keep none', () => {
    expect(new AutoBackupStore(folder).keep).toBe(AUTO_BACKUPS_KEPT);
    expect(AUTO_BACKUPS_KEPT).toBe(7);
    expect(() => new AutoBackupStore(folder, 0)).toThrow(RangeError);
    expect(() => new AutoBackupStore(folder, 1.5)).toThrow(RangeError);
  });

  it('has nothing, and says so, before the folder exists', async () => {
    const store = new AutoBackupStore(folder);
    expect(await store.list()).toEqual([]);
    expect(await store.latest()).toBeNull();
    expect(await store.status()).toEqual({ folder, latest: null, kept: 0 });
  });

  it('creates the folder and writes the bytes under the real name, leaving no temporary file', async () => {
    const store = new AutoBackupStore(folder);
    const result = await store.write(zip('one'), at(22));
    expect(result).toEqual({ ok: true, value: { name: 'library-2026-11-22T18-30-05.rlbackup' } });
    expect(await readdir(folder)).toEqual(['library-2026-11-22T18-30-05.rlbackup']);
    expect(await readFile(join(folder, 'library-2026-11-22T18-30-05.rlbackup'), 'utf8')).toBe('PKone');
  });

  it('lists its backups oldest first and gives the newest as latest and in the status', async () => {
    const store = new AutoBackupStore(folder);
    await store.write(zip('b'), at(22));
    await store.write(zip('a'), at(20));
    await store.write(zip('c'), at(21));
    expect((await store.list()).map((file) => file.time)).toEqual([at(20), at(21), at(22)]);
    expect(await store.latest()).toEqual(at(22));
    expect(await store.status()).toEqual({ folder, latest: at(22).toISOString(), kept: 3 });
  });

  it('keeps the newest backups and deletes older ones, never a file that is not ours', async () => {
    await mkdir(folder, { recursive: true });
    const foreign = ['notes.txt', '资料库备份 2026-11-01.rlbackup', 'library-2026-11-01T00-00-00 (1).rlbackup'];
    for (const name of foreign) await writeFile(join(folder, name), 'keep me');
    const store = new AutoBackupStore(folder, 3);
    for (let day = 10; day <= 15; day += 1) await store.write(zip(String(day)), at(day));
    expect((await store.list()).map((file) => file.name)).toEqual([at(13), at(14), at(15)].map(autoBackupFileName));
    expect((await readdir(folder)).sort()).toEqual([...foreign, ...[at(13), at(14), at(15)].map(autoBackupFileName)].sort());
    for (const name of foreign) expect(await readFile(join(folder, name), 'utf8')).toBe('keep me');
  });

  it('deletes the oldest even when the newest was written out of order', async () => {
    const store = new AutoBackupStore(folder, 2);
    await store.write(zip('new'), at(22));
    await store.write(zip('middle'), at(21));
    await store.write(zip('old'), at(20));
    expect((await store.list()).map((file) => file.time)).toEqual([at(21), at(22)]);
  });

  it('replaces a backup of the same second with the later bytes', async () => {
    const store = new AutoBackupStore(folder);
    await store.write(zip('first'), at(22));
    await store.write(zip('second'), at(22));
    expect(await readdir(folder)).toEqual([autoBackupFileName(at(22))]);
    expect(await readFile(join(folder, autoBackupFileName(at(22))), 'utf8')).toBe('PKsecond');
  });

  it('removes the temporary file an interrupted write left behind', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '.library-2026-11-21T09-00-00.rlbackup.tmp'), 'PKhalf');
    await writeFile(join(folder, '.hidden-notes.tmp'), 'not ours');
    await new AutoBackupStore(folder).write(zip('whole'), at(22));
    expect((await readdir(folder)).sort()).toEqual(['.hidden-notes.tmp', autoBackupFileName(at(22))]);
  });

  it('fails with write-failed, leaving nothing, when the folder cannot be made', async () => {
    await writeFile(join(dir, 'blocked'), 'a file where the folder should be');
    const result = await new AutoBackupStore(join(dir, 'blocked', 'backups')).write(zip('x'), at(22));
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(!result.ok && result.error.detail).toContain('library-2026-11-22T18-30-05.rlbackup');
  });

  it('fails with write-failed when the real name is taken by a folder, and removes its temporary file', async () => {
    await mkdir(join(folder, autoBackupFileName(at(22)), 'inside'), { recursive: true });
    const result = await new AutoBackupStore(folder).write(zip('x'), at(22));
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(await readdir(folder)).toEqual([autoBackupFileName(at(22))]);
  });
});
