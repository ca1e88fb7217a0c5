/**
 * The desktop app's automatic backups: quitting writes the library's backup
 * file into <userData>/backups, a zip whose backup.json says what it holds;
 * the folder keeps the newest seven, deleting older backups of ours and
 * nothing else; and window.api.autoBackupStatus reports the folder.
 *
 * It needs Electron's binary, and skips, saying so, where there is none
 * (e2e/support/electron-app.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { BACKUP_FORMAT } from '../../src/core/backup/backup-file';
import { AUTO_BACKUPS_KEPT, autoBackupFileName, autoBackupTime } from '../../src/main/auto-backup-store';
import { libraryItems } from '../support/app';
import { ELECTRON_EXECUTABLE, ELECTRON_SKIP_REASON, launchDesktopApp } from '../support/electron-app';

if (ELECTRON_EXECUTABLE === undefined) console.log(`electron backup suite skipped: ${ELECTRON_SKIP_REASON}`);

/** Our backups in `folder`, oldest first. */
const ourBackups = (folder: string) => readdirSync(folder).filter((name) => autoBackupTime(name) !== null).sort();

test.describe('automatic backups of the desktop app', () => {
  test.skip(ELECTRON_EXECUTABLE === undefined, ELECTRON_SKIP_REASON);

  let userData: string;
  let app: ElectronApplication | undefined;

  test.beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'report-reader-backup-e2e-'));
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(userData, { recursive: true, force: true });
  });

  /** Starts the app and waits for the library to show the sample report. */
  async function start(): Promise<ElectronApplication> {
    app = await launchDesktopApp(ELECTRON_EXECUTABLE!, userData);
    const page = await app.firstWindow();
    await expect(libraryItems(page).first()).toBeVisible();
    return app;
  }

  /** Quits the app as the user would, waiting until it has gone. */
  async function quit(running: ElectronApplication): Promise<void> {
    await running.close();
    app = undefined;
  }

  test('quitting writes a backup of the library that reads back as a zip with backup.json', async () => {
    await quit(await start());
    const folder = join(userData, 'backups');
    const [name, ...others] = ourBackups(folder);
    expect(others).toEqual([]);
    expect(readdirSync(folder)).toEqual([name]); // no temporary file left
    const files = unzipSync(new Uint8Array(readFileSync(join(folder, name!))));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['backup.json', 'tables/reports.json', 'tables/highlights.json']));
    const manifest = JSON.parse(strFromU8(files['backup.json']!)) as { format: string; tables: Record<string, number> };
    expect(manifest.format).toBe(BACKUP_FORMAT);
    expect(manifest.tables.reports).toBe(1);
  });

  test(`the folder keeps the newest ${AUTO_BACKUPS_KEPT} backups and leaves other files alone`, async () => {
    const folder = join(userData, 'backups');
    mkdirSync(folder, { recursive: true });
    const seeded = Array.from({ length: AUTO_BACKUPS_KEPT + 1 }, (_, day) => autoBackupFileName(new Date(2020, 0, day + 1, 12, 0, 0)));
    for (const name of seeded) writeFileSync(join(folder, name), 'PK old backup');
    const foreign = ['notes.txt', '资料库备份 2020-01-01.rlbackup'];
    for (const name of foreign) writeFileSync(join(folder, name), 'not ours');

    const running = await start();
    const status = await (await running.firstWindow()).evaluate(() =>
      (globalThis as unknown as { api: { autoBackupStatus(): Promise<unknown> } }).api.autoBackupStatus(),
    );
    expect(status).toEqual({
      ok: true,
      value: { folder, latest: new Date(2020, 0, AUTO_BACKUPS_KEPT + 1, 12, 0, 0).toISOString(), kept: AUTO_BACKUPS_KEPT + 1 },
    });
    await quit(running);

    const kept = ourBackups(folder);
    expect(kept).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(kept.slice(0, -1)).toEqual(seeded.slice(2)); // the two oldest deleted
    expect(autoBackupTime(kept.at(-1)!)!.getFullYear()).toBeGreaterThan(2020); // the one quitting wrote
    for (const name of foreign) expect(readFileSync(join(folder, name), 'utf8')).toBe('not ours');
  });
});
