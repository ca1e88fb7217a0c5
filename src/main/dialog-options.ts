/**
 * The options of the three file dialogs. The dialogs are where every path
 * the main process touches comes from, so what they offer is decided here.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { REPORT_FORMATS } from '../core/import/report-format';
import { safeFileName } from '../core/export/safe-file-name';
import type { SaveRequest } from '../shared/ipc';

/**
 * The "import reports" dialog: several files at once, report text files
 * (txt, md) offered first and all files as a fallback.
 */
export function openReportsDialogOptions(): OpenDialogOptions {
  return {
    title: '导入报告',
    buttonLabel: '导入',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: `报告文本 (${REPORT_FORMATS.map((e) => `*.${e}`).join(', ')})`, extensions: [...REPORT_FORMATS] },
      { name: '所有文件', extensions: ['*'] },
    ],
  };
}

/** The "import folder" dialog: one folder. */
export function openFolderDialogOptions(): OpenDialogOptions {
  return {
    title: '导入文件夹',
    buttonLabel: '导入',
    properties: ['openDirectory'],
  };
}

/**
 * The "export" dialog for a save request: the suggested name, cleaned to a
 * bare file name, inside `defaultDirectory` when given; the requested
 * extensions as the filter; overwriting an existing file is confirmed.
 */
export function saveDialogOptions(request: SaveRequest, defaultDirectory?: string): SaveDialogOptions {
  const name = safeFileName(request.suggestedName);
  const defaultPath = defaultDirectory === undefined || defaultDirectory === '' ? name : join(defaultDirectory, name);
  const options: SaveDialogOptions = {
    title: '导出',
    buttonLabel: '导出',
    defaultPath,
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  if (request.extensions.length > 0) {
    options.filters = [{ name: request.extensions.map((e) => `*.${e}`).join(', '), extensions: [...request.extensions] }];
  }
  return options;
}
