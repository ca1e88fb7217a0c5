/**
 * The preload script: the page's only door to the main process. It exposes
 * exactly the {@link DesktopApi} as `window.api` — five named functions over
 * the typed channels of src/shared/ipc.ts — and nothing generic: no raw
 * `invoke`, `send` or `on`, and no Electron event objects reach the page.
 *
 * It runs sandboxed, so it may import only `electron` and src/shared, and is
 * built as one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
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
};

contextBridge.exposeInMainWorld('api', api);
