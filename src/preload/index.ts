/**
 * The preload script: the page's only door to the main process. It exposes
 * exactly the {@link DesktopApi} as `window.api` — nine named functions over
 * the typed channels of src/shared/ipc.ts — and nothing generic: no raw
 * `invoke`, `send` or `on`, and no Electron event objects reach the page.
 *
 * It runs sandboxed, so it may import only `electron` and src/shared, and is
 * built as one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  AUTO_BACKUP_REQUEST_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type AutoBackupAnswer,
  type DesktopApi,
  type IpcChannel,
  type IpcContract,
  type Locale,
  type MenuCommand,
  type SaveRequest,
} from '../shared/ipc';

const MENU_COMMANDS: readonly MenuCommand[] = ['import-files', 'import-folder', 'export', 'about', 'undo', 'redo'];

function invoke<C extends IpcChannel>(
  channel: C,
  ...request: IpcContract[C]['request'] extends void ? [] : [IpcContract[C]['request']]
): Promise<IpcContract[C]['response']> {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcContract[C]['response']>;
}

const api: DesktopApi = {
  openReports: () => invoke('files:open-reports'),
  openFolder: () => invoke('files:open-folder'),
  openBackup: () => invoke('files:open-backup'),
  saveFile: (request: SaveRequest) =>
    invoke('files:save', {
      suggestedName: request.suggestedName,
      bytes: request.bytes,
      extensions: request.extensions,
    }),
  setLocale: (locale: Locale) => {
    if (typeof locale !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'not-allowed', detail: 'setLocale needs a string' } });
    }
    return invoke('app:set-locale', locale);
  },
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onAutoBackupRequest: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onAutoBackupRequest needs a function');
    const forward = (_event: IpcRendererEvent, requestId: unknown): void => {
      if (typeof requestId === 'number' && Number.isSafeInteger(requestId) && requestId > 0) listener(requestId);
    };
    ipcRenderer.on(AUTO_BACKUP_REQUEST_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(AUTO_BACKUP_REQUEST_CHANNEL, forward);
    };
  },
  saveAutoBackup: (answer: AutoBackupAnswer) => {
    if (typeof answer !== 'object' || answer === null) {
      return Promise.resolve({ ok: false, error: { code: 'not-allowed', detail: 'saveAutoBackup needs an answer' } });
    }
    return invoke(
      'backup:save-automatic',
      answer.ok
        ? { requestId: answer.requestId, ok: true, bytes: answer.bytes }
        : { requestId: answer.requestId, ok: false, detail: answer.detail },
    );
  },
  autoBackupStatus: () => invoke('backup:status'),
};

contextBridge.exposeInMainWorld('api', api);
