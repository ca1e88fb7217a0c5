/**
 * The options of the three file dialogs. The dialogs are where every path
 * the main process touches comes from, so what they offer is decided here.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { REPORT_FORMATS } from '../core/import/report-format';
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

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A suggested name reduced to a bare file name that is valid on Windows,
 * macOS and Linux: no folder part, no reserved or control characters, no
 * leading dots or trailing dots and spaces, at most 200 characters;
 * `导出` when nothing is left.
 */
export function safeFileName(suggested: string): string {
  const lastPart = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200)
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return '导出';
  return WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
