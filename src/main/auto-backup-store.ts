/**
 * The folder of automatic backups (`<userData>/backups`): the library's
 * backup files main writes on quit and once a day, named by the local time
 * they were made, the newest few kept.
 *
 * Names are ASCII, `library-2026-11-22T18-30-05.rlbackup`: they sort as the
 * times do, they survive any zip, sync or copy tool and a Windows console's
 * code page unchanged, and the name is the record of a backup's time (a
 * file's modification time changes when it is copied). The seconds keep a
 * daily backup and a quit in the same minute apart; `-` stands for `:`,
 * which Windows does not allow in names.
 *
 * A backup is written under a hidden temporary name in the same folder and
 * renamed once its bytes are on disk, so a crash or a quit mid-write never
 * leaves a half backup under a real name. Only files named as ours are ever
 * listed or deleted: anything else the folder holds is left alone.
 */
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_EXTENSION, type AutoBackupStatus, type Result } from '../shared/ipc';

/** How many automatic backups the folder keeps: a week of daily ones. */
export const AUTO_BACKUPS_KEPT = 7;

/** One day in milliseconds: how old the newest backup may get before another is due. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const OUR_NAME = new RegExp(`^library-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.${BACKUP_EXTENSION}$`);
const OUR_TEMPORARY_NAME = new RegExp(`^\\.library-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.${BACKUP_EXTENSION}\\.tmp$`);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The name of the automatic backup made at `at`, in local time: `library-2026-11-22T18-30-05.rlbackup`. */
export function autoBackupFileName(at: Date): string {
  const date = `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
  return `library-${date}T${time}.${BACKUP_EXTENSION}`;
}

/**
 * When the automatic backup named `fileName` was made (local time, to the
 * second), or null when the name is not one of ours, including names whose
 * date or time does not exist (`library-2026-02-30T…`).
 */
export function autoBackupTime(fileName: string): Date | null {
  const match = OUR_NAME.exec(fileName);
  if (match === null) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const time = new Date(year, month - 1, day, hours, minutes, seconds);
  return autoBackupFileName(time) === fileName ? time : null;
}

/**
 * Whether another automatic backup is due at `now`: when there is none yet,
 * or the newest was made `interval` or longer ago. A newest backup dated
 * ahead of `now` (the clock was set back) is not due until the clock has
 * passed it by `interval`; backups on quit carry on meanwhile.
 */
export function isDue(now: Date, latest: Date | null, interval: number = DAY_MS): boolean {
  return latest === null || now.getTime() - latest.getTime() >= interval;
}

/** One automatic backup in the folder: its file name and when it was made. */
export interface AutoBackupFile {
  name: string;
  time: Date;
}

/** The automatic backups of one folder, keeping the newest `keep`. */
export class AutoBackupStore {
  constructor(
    readonly folder: string,
    readonly keep: number = AUTO_BACKUPS_KEPT,
  ) {
    if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`An automatic backup store keeps at least one backup, not ${keep}`);
  }

  /** Our backups in the folder, oldest first; none when the folder does not exist yet. */
  async list(): Promise<AutoBackupFile[]> {
    return backupsAmong(await this.names());
  }

  /** When the newest automatic backup was made, or null when there is none. */
  async latest(): Promise<Date | null> {
    return (await this.list()).at(-1)?.time ?? null;
  }

  /** The folder, the newest backup's time (ISO 8601, UTC) and how many backups it holds. */
  async status(): Promise<AutoBackupStatus> {
    const files = await this.list();
    return { folder: this.folder, latest: files.at(-1)?.time.toISOString() ?? null, kept: files.length };
  }

  /**
   * Writes `bytes` as the backup made at `at`: creates the folder if need
   * be, writes a temporary file and flushes it to disk, then renames it to
   * its real name (replacing a backup of the same second). Afterwards only
   * the newest `keep` backups stay, and temporary files left by an earlier
   * interrupted write are removed. Fails with `write-failed`, leaving no
   * temporary file behind; failing to delete an old backup is not a failure.
   */
  async write(bytes: Uint8Array, at: Date): Promise<Result<{ name: string }>> {
    const name = autoBackupFileName(at);
    const temporary = join(this.folder, `.${name}.tmp`);
    try {
      await mkdir(this.folder, { recursive: true });
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, join(this.folder, name));
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      return { ok: false, error: { code: 'write-failed', detail: `cannot write the automatic backup ${name}: ${describeError(error)}` } };
    }
    await this.prune();
    return { ok: true, value: { name } };
  }

  /** Deletes all but the newest `keep` backups, and our leftover temporary files. */
  private async prune(): Promise<void> {
    const names = await this.names().catch((): string[] => []);
    const stale = backupsAmong(names).slice(0, -this.keep).map((file) => file.name);
    for (const name of [...stale, ...names.filter((n) => OUR_TEMPORARY_NAME.test(n))]) {
      await rm(join(this.folder, name), { force: true }).catch(() => undefined);
    }
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}

/** The names among `names` that are our backups, oldest first. */
function backupsAmong(names: readonly string[]): AutoBackupFile[] {
  const files: AutoBackupFile[] = [];
  for (const name of names) {
    const time = autoBackupTime(name);
    if (time !== null) files.push({ name, time });
  }
  return files.sort((a, b) => a.time.getTime() - b.time.getTime());
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
