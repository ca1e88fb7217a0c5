import { describe, expect, it, vi } from 'vitest';
import type { AutoBackupAnswer, AutoBackupStatus, DesktopApi, PickedFile, Result } from '../../../shared/ipc';
import { createDesktopPlatform, PlatformError } from './desktop-platform';

const backup = new Uint8Array([0x50, 0x4b, 3, 4]);

/** A window.api whose automatic backup requests the test sends, recording the answers. */
function fakeApi(overrides: Partial<DesktopApi> = {}) {
  const requestListeners = new Set<(requestId: number) => void>();
  const answers: AutoBackupAnswer[] = [];
  let answered: () => void = () => undefined;
  const api: DesktopApi = {
    openReports: vi.fn(async () => ({ ok: true as const, value: [] })),
    openFolder: vi.fn(async () => ({ ok: true as const, value: [] })),
    openBackup: vi.fn(async (): Promise<Result<PickedFile | null>> => ({ ok: true, value: null })),
    saveFile: vi.fn(async () => ({ ok: true as const, value: { saved: true } })),
    setLocale: vi.fn(async (locale) => ({ ok: true as const, value: { locale } })),
    onMenuCommand: vi.fn(() => () => undefined),
    onAutoBackupRequest: (listener) => {
      requestListeners.add(listener);
      return () => requestListeners.delete(listener);
    },
    saveAutoBackup: vi.fn(async (answer: AutoBackupAnswer) => {
      answers.push(answer);
      answered();
      return { ok: true as const, value: { saved: answer.ok } };
    }),
    autoBackupStatus: vi.fn(async (): Promise<Result<AutoBackupStatus>> => ({ ok: true, value: { folder: '/u/backups', latest: null, kept: 0 } })),
    ...overrides,
  };
  /** Main asks for backup `requestId`; resolves once the page has answered. */
  const request = (requestId: number) =>
    new Promise<void>((resolve) => {
      answered = resolve;
      for (const listener of requestListeners) listener(requestId);
    });
  return { api, answers, request, listeners: () => requestListeners.size };
}

describe('the desktop platform’s automatic backups', () => {
  it('listens for main’s requests from the start, once', () => {
    const { api, listeners } = fakeApi();
    createDesktopPlatform(api);
    expect(listeners()).toBe(1);
  });

  it('answers a request with the backup the page serves', async () => {
    const { api, answers, request } = fakeApi();
    const platform = createDesktopPlatform(api);
    const makeBackup = vi.fn(async () => backup);
    platform.serveBackups(makeBackup);
    await request(4);
    expect(makeBackup).toHaveBeenCalledOnce();
    expect(answers).toEqual([{ requestId: 4, ok: true, bytes: backup }]);
  });

  it('answers at once that it serves no backups, before any is served and after unsubscribing', async () => {
    const { api, answers, request } = fakeApi();
    const platform = createDesktopPlatform(api);
    await request(1);
    const stop = platform.serveBackups(async () => backup);
    stop();
    await request(2);
    expect(answers).toEqual([
      { requestId: 1, ok: false, detail: 'the page serves no backups' },
      { requestId: 2, ok: false, detail: 'the page serves no backups' },
    ]);
  });

  it('asks only the latest function served, and the earlier one again once the latest unsubscribes', async () => {
    const { api, answers, request } = fakeApi();
    const platform = createDesktopPlatform(api);
    const first = vi.fn(async () => new Uint8Array([0x50, 0x4b, 1]));
    const second = vi.fn(async () => new Uint8Array([0x50, 0x4b, 2]));
    platform.serveBackups(first);
    const stopSecond = platform.serveBackups(second);
    await request(1);
    stopSecond();
    stopSecond();
    await request(2);
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
    expect(answers.map((answer) => answer.ok && answer.bytes[2])).toEqual([2, 1]);
  });

  it('tells main when making the backup fails', async () => {
    const { api, answers, request } = fakeApi();
    const platform = createDesktopPlatform(api);
    platform.serveBackups(async () => {
      throw new Error('资料库无法读取');
    });
    await request(9);
    expect(answers).toEqual([{ requestId: 9, ok: false, detail: '资料库无法读取' }]);
  });

  it('warns, and throws nothing, when main refuses the backup', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { api, request } = fakeApi({
      saveAutoBackup: vi.fn(async () => ({ ok: false as const, error: { code: 'unsupported-format' as const, detail: 'not a zip' } })),
    });
    createDesktopPlatform(api).serveBackups(async () => new Uint8Array([1]));
    void request(1);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('The automatic backup was not saved:', 'not a zip'));
    warn.mockRestore();
  });
});

describe('the desktop platform’s backup file and status', () => {
  it('gives the chosen backup, or null when cancelled', async () => {
    const picked: PickedFile = { name: '资料库备份.rlbackup', size: 4, ok: true, bytes: backup };
    const { api } = fakeApi({ openBackup: vi.fn(async () => ({ ok: true as const, value: picked })) });
    expect(await createDesktopPlatform(api).pickBackupFile()).toEqual(picked);
    expect(await createDesktopPlatform(fakeApi().api).pickBackupFile()).toBeNull();
  });

  it('gives the automatic backups’ status', async () => {
    expect(await createDesktopPlatform(fakeApi().api).autoBackupStatus()).toEqual({ folder: '/u/backups', latest: null, kept: 0 });
  });

  it('throws a PlatformError when the host refuses', async () => {
    const { api } = fakeApi({ autoBackupStatus: vi.fn(async () => ({ ok: false as const, error: { code: 'read-failed' as const, detail: 'EACCES' } })) });
    const refused = createDesktopPlatform(api).autoBackupStatus();
    await expect(refused).rejects.toBeInstanceOf(PlatformError);
    await expect(refused).rejects.toMatchObject({ code: 'read-failed', message: 'EACCES' });
  });
});
