/**
 * The options of the four file dialogs, in the interface language's words.
 * The dialogs are where every path the main process touches comes from, so
 * what they offer is decided here.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { REPORT_FORMATS } from '../core/import/report-format';
import { PROJECT_FORMATS } from '../core/refi-qda/project-format';
import { safeFileName } from '../core/export/safe-file-name';
import { BACKUP_EXTENSION, type Locale, type SaveRequest } from '../shared/ipc';

/** Every word the dialogs show, so a locale is one object. */
export interface DialogStrings {
  importReportsTitle: string;
  importFolderTitle: string;
  importButton: string;
  /** The report-text filter's name; the patterns follow it in brackets. */
  reportText: string;
  /** REFI-QDA projects and codebooks (.qdpx, .qdc), imported like reports. */
  projectFile: string;
  /** The library's backup files (.rlbackup), which the page offers to restore. */
  backupFile: string;
  allFiles: string;
  openBackupTitle: string;
  chooseButton: string;
  exportTitle: string;
  exportButton: string;
}

/** The dialogs in Simplified Chinese, the app's default language. */
export const ZH_CN_DIALOG_STRINGS: DialogStrings = {
  importReportsTitle: '导入报告',
  importFolderTitle: '导入文件夹',
  importButton: '导入',
  reportText: '报告文件',
  projectFile: 'REFI-QDA 项目与主题',
  backupFile: '资料库备份',
  allFiles: '所有文件',
  openBackupTitle: '选择资料库备份',
  chooseButton: '选择',
  exportTitle: '导出',
  exportButton: '导出',
};

/** The dialogs in English. */
export const EN_DIALOG_STRINGS: DialogStrings = {
  importReportsTitle: 'Import Reports',
  importFolderTitle: 'Import Folder',
  importButton: 'Import',
  reportText: 'Report Files',
  projectFile: 'REFI-QDA Projects and Codebooks',
  backupFile: 'Library Backups',
  allFiles: 'All Files',
  openBackupTitle: 'Choose a Library Backup',
  chooseButton: 'Choose',
  exportTitle: 'Export',
  exportButton: 'Export',
};

/** The dialogs' words for each interface language. */
export const DIALOG_STRINGS: Readonly<Record<Locale, DialogStrings>> = { zh: ZH_CN_DIALOG_STRINGS, en: EN_DIALOG_STRINGS };

/**
 * The "import reports" dialog: several files at once, report files offered
 * first, then REFI-QDA projects and library backups (which the page offers
 * to restore), and all files as a fallback.
 */
export function openReportsDialogOptions(strings: DialogStrings): OpenDialogOptions {
  return {
    title: strings.importReportsTitle,
    buttonLabel: strings.importButton,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: `${strings.reportText} (${REPORT_FORMATS.map((e) => `*.${e}`).join(', ')})`, extensions: [...REPORT_FORMATS] },
      { name: `${strings.projectFile} (${PROJECT_FORMATS.map((e) => `*.${e}`).join(', ')})`, extensions: [...PROJECT_FORMATS] },
      backupFilter(strings),
      { name: strings.allFiles, extensions: ['*'] },
    ],
  };
}

/** The "choose a library backup" dialog: one `.rlbackup` file, nothing else offered. */
export function openBackupDialogOptions(strings: DialogStrings): OpenDialogOptions {
  return {
    title: strings.openBackupTitle,
    buttonLabel: strings.chooseButton,
    properties: ['openFile'],
    filters: [backupFilter(strings)],
  };
}

function backupFilter(strings: DialogStrings): { name: string; extensions: string[] } {
  return { name: `${strings.backupFile} (*.${BACKUP_EXTENSION})`, extensions: [BACKUP_EXTENSION] };
}

/** The "import folder" dialog: one folder. */
export function openFolderDialogOptions(strings: DialogStrings): OpenDialogOptions {
  return {
    title: strings.importFolderTitle,
    buttonLabel: strings.importButton,
    properties: ['openDirectory'],
  };
}

/**
 * The "export" dialog for a save request: the suggested name, cleaned to a
 * bare file name, inside `defaultDirectory` when given; the requested
 * extensions as the filter; overwriting an existing file is confirmed.
 */
export function saveDialogOptions(request: SaveRequest, strings: DialogStrings, defaultDirectory?: string): SaveDialogOptions {
  const name = safeFileName(request.suggestedName);
  const defaultPath = defaultDirectory === undefined || defaultDirectory === '' ? name : join(defaultDirectory, name);
  const options: SaveDialogOptions = {
    title: strings.exportTitle,
    buttonLabel: strings.exportButton,
    defaultPath,
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  if (request.extensions.length > 0) {
    options.filters = [{ name: request.extensions.map((e) => `*.${e}`).join(', '), extensions: [...request.extensions] }];
  }
  return options;
}
