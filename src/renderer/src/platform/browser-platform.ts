/**
 * The platform in a plain browser tab: a hidden file input to choose files,
 * a folder or a backup, and a download to save. A tab makes no automatic
 * backups: it cannot write files unasked.
 */
import { BACKUP_EXTENSION, MAX_BACKUP_BYTES, type PickedFile } from '../../../shared/ipc';
import { REPORT_FORMATS } from '../../../core/import/report-format';
import { PROJECT_FORMATS } from '../../../core/refi-qda/project-format';
import type { Platform } from './platform';
import { readFile, readFiles } from './read-files';

/** Opens the browser's file chooser; resolves with the files, or none on cancel. */
function chooseFiles(folder: boolean): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (folder) input.webkitdirectory = true;
    else input.accept = [...REPORT_FORMATS, ...PROJECT_FORMATS, BACKUP_EXTENSION].map((e) => `.${e}`).join(',');
    input.addEventListener('change', () => {
      resolve(readFiles(input.files ?? [], folder));
    });
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** Opens the browser's file chooser for one backup; resolves with it, read within the backup limit, or null on cancel. */
function chooseBackup(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${BACKUP_EXTENSION}`;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file === undefined ? null : readFile(file, MAX_BACKUP_BYTES));
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** The platform of a plain browser tab (see the module comment). */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    pickReportFiles: () => chooseFiles(false),
    pickReportFolder: () => chooseFiles(true),
    async saveFile({ suggestedName, bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true };
    },
    setLocale: async () => {},
    onMenuCommand: () => () => {},
    pickBackupFile: chooseBackup,
    serveBackups: () => () => {},
    autoBackupStatus: async () => null,
  };
}
