/**
 * The preload under plain Node, with Electron's contextBridge and
 * ipcRenderer replaced by recorders: it exposes exactly the nine DesktopApi
 * functions and nothing else, each reaches only its own channel with only
 * the fields the contract names, and no Electron event object reaches the
 * page. (The desktop suite checks the same `window.api` in the real app
 * where the Electron binary exists.)
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand } from '../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: [] })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));

vi.mock('electron', () => electron);

let api: DesktopApi;

beforeAll(async () => {
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopApi];
  expect(name).toBe('api');
  api = exposed;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('the preload', () => {
  it('exposes exactly the nine named functions as window.api, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['autoBackupStatus', 'onAutoBackupRequest', 'onMenuCommand', 'openBackup', 'openFolder', 'openReports', 'saveAutoBackup', 'saveFile', 'setLocale']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  });

  it('sends each call on its own channel only, with nothing from the page but the contract’s fields', async () => {
    await api.openReports();
    await api.openFolder();
    const bytes = new Uint8Array([1, 2]);
    await api.saveFile({ suggestedName: '报告.md', bytes, extensions: ['md'], path: '/etc/passwd' } as Parameters<DesktopApi['saveFile']>[0]);
    await api.setLocale('en');
    await api.openBackup();
    await api.autoBackupStatus();
    await api.saveAutoBackup({ requestId: 3, ok: true, bytes, folder: '/etc' } as Parameters<DesktopApi['saveAutoBackup']>[0]);
    await api.saveAutoBackup({ requestId: 4, ok: false, detail: '磁盘已满', bytes } as Parameters<DesktopApi['saveAutoBackup']>[0]);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['files:open-reports'],
      ['files:open-folder'],
      ['files:save', { suggestedName: '报告.md', bytes, extensions: ['md'] }],
      ['app:set-locale', 'en'],
      ['files:open-backup'],
      ['backup:status'],
      ['backup:save-automatic', { requestId: 3, ok: true, bytes }],
      ['backup:save-automatic', { requestId: 4, ok: false, detail: '磁盘已满' }],
    ]);
  });

  it('refuses a language that is not a string before it reaches main', async () => {
    const result = await api.setLocale(42 as unknown as 'zh');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('passes menu commands on without the Electron event, drops unknown ones, and unsubscribes', () => {
    const heard: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => heard.push(args));
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, command: unknown) => void];
    expect(channel).toBe('menu:command');
    const event = { sender: { send: () => undefined }, senderFrame: {} };
    forward(event, 'import-files' satisfies MenuCommand);
    forward(event, 'undo' satisfies MenuCommand);
    forward(event, 'delete-library');
    forward(event, { command: 'export' });
    expect(heard).toEqual([['import-files'], ['undo']]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('menu:command', forward);
    expect(() => api.onMenuCommand('not a function' as unknown as () => void)).toThrow(TypeError);
  });

  it('passes the host’s backup requests on as their ids alone, drops anything else, and unsubscribes', () => {
    const heard: unknown[][] = [];
    const unsubscribe = api.onAutoBackupRequest((...args: unknown[]) => heard.push(args));
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, id: unknown) => void];
    expect(channel).toBe('backup:request');
    const event = { sender: { send: () => undefined } };
    forward(event, 7);
    forward(event, '7');
    forward(event, -1);
    forward(event, 1.5);
    expect(heard).toEqual([[7]]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('backup:request', forward);
  });
});
