import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, type AutoBackupStatus, type Locale, type PickedFile, type Result } from '../shared/ipc';
import { createIpcHandlers, type IpcHandlerDeps, type IpcSenderEvent } from './ipc-handlers';

const trusted: IpcSenderEvent = { senderFrame: { url: 'app://bundle/index.html' } };
const picked: PickedFile = { name: 'a.txt', size: 1, ok: true, bytes: new Uint8Array([97]) };

function deps(overrides: Partial<IpcHandlerDeps> = {}) {
  let locale: Locale = 'zh';
  const base = {
    showOpenDialog: vi.fn(async (_options: OpenDialogOptions) => ({ canceled: false, filePaths: ['/chosen/a.txt'] })),
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: '/chosen/out.md' })),
    readPickedFiles: vi.fn(async (_paths: readonly string[], _limitOf?: (name: string) => number) => [picked]),
    readImportableFolder: vi.fn(async (_folder: string): Promise<Result<PickedFile[]>> => ({ ok: true, value: [picked] })),
    writeSavedFile: vi.fn(async (_path: string, _bytes: Uint8Array) => ({ ok: true as const, value: { saved: true as const } })),
    defaultSaveDirectory: () => '/docs',
    locale: vi.fn((): Locale => locale),
    setLocale: vi.fn((next: Locale) => {
      locale = next;
    }),
    receiveAutoBackup: vi.fn(async (_answer: unknown): Promise<Result<{ saved: boolean }>> => ({ ok: true, value: { saved: true } })),
    autoBackupStatus: vi.fn(async (): Promise<AutoBackupStatus> => status),
  };
  // Every override in these tests is a vi.fn too.
  return { ...base, ...overrides } as typeof base;
}

const status: AutoBackupStatus = { folder: '/user-data/backups', latest: '2026-11-22T10:30:05.000Z', kept: 3 };
const backupAnswer = { requestId: 1, ok: true, bytes: new Uint8Array([0x50, 0x4b]) };

const saveRequest = { suggestedName: '../x/报告.md', bytes: new Uint8Array([1]), extensions: ['md'] };

describe('createIpcHandlers', () => {
  it.each([
    ['no frame', { senderFrame: null }],
    ['a web page', { senderFrame: { url: 'https://example.com/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html' } }],
    ['a lookalike', { senderFrame: { url: 'app://bundle.evil/index.html' } }],
    ['a destroyed frame', { get senderFrame(): { url: string } { throw new Error('destroyed'); } }],
  ])('refuses %s on every channel without opening a dialog', async (_name, event: IpcSenderEvent) => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    for (const result of [
      await handlers['files:open-reports'](event),
      await handlers['files:open-folder'](event),
      await handlers['files:save'](event, saveRequest),
      await handlers['app:set-locale'](event, 'en'),
      await handlers['files:open-backup'](event),
      await handlers['backup:save-automatic'](event, backupAnswer),
      await handlers['backup:status'](event),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    }
    expect(d.setLocale).not.toHaveBeenCalled();
    expect(d.receiveAutoBackup).not.toHaveBeenCalled();
    expect(d.autoBackupStatus).not.toHaveBeenCalled();
    expect(d.showOpenDialog).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.writeSavedFile).not.toHaveBeenCalled();
  });

  it('opens reports: multi-select dialog, then reads the chosen paths', async () => {
    const d = deps();
    const result = await createIpcHandlers(d)['files:open-reports'](trusted);
    expect(result).toEqual({ ok: true, value: [picked] });
    expect(d.showOpenDialog.mock.calls[0]?.[0].properties).toContain('multiSelections');
    expect(d.readPickedFiles).toHaveBeenCalledWith(['/chosen/a.txt']);
  });

  it('gives an empty list when the open dialog is cancelled', async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    const handlers = createIpcHandlers(d);
    expect(await handlers['files:open-reports'](trusted)).toEqual({ ok: true, value: [] });
    expect(await handlers['files:open-folder'](trusted)).toEqual({ ok: true, value: [] });
    expect(d.readPickedFiles).not.toHaveBeenCalled();
    expect(d.readImportableFolder).not.toHaveBeenCalled();
  });

  it('opens a folder: directory dialog, then reads the folder', async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/chosen'] })) });
    const result = await createIpcHandlers(d)['files:open-folder'](trusted);
    expect(result).toEqual({ ok: true, value: [picked] });
    expect(d.showOpenDialog.mock.calls[0]?.[0].properties).toEqual(['openDirectory']);
    expect(d.readImportableFolder).toHaveBeenCalledWith('/chosen');
  });

  it('saves to exactly the path the dialog returned', async () => {
    const d = deps();
    const result = await createIpcHandlers(d)['files:save'](trusted, saveRequest);
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(d.writeSavedFile).toHaveBeenCalledExactlyOnceWith('/chosen/out.md', saveRequest.bytes);
    const options = d.showSaveDialog.mock.calls[0]?.[0];
    expect(options?.defaultPath).toMatch(/^[/\\]docs[/\\]报告\.md$/);
  });

  it('gives saved:false when the save dialog is cancelled', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    expect(await createIpcHandlers(d)['files:save'](trusted, saveRequest)).toEqual({ ok: true, value: { saved: false } });
    expect(d.writeSavedFile).not.toHaveBeenCalled();
  });

  it('refuses a malformed save request before any dialog', async () => {
    const d = deps();
    const result = await createIpcHandlers(d)['files:save'](trusted, { suggestedName: 'x', bytes: 'not bytes', extensions: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(d.showSaveDialog).not.toHaveBeenCalled();
  });

  it('turns unexpected failures into results', async () => {
    const boom = vi.fn(async () => {
      throw new Error('dialog exploded');
    });
    const handlers = createIpcHandlers(deps({ showOpenDialog: boom, showSaveDialog: boom }));
    expect(await handlers['files:open-reports'](trusted)).toEqual({ ok: false, error: { code: 'read-failed', detail: 'dialog exploded' } });
    expect(await handlers['files:save'](trusted, saveRequest)).toEqual({ ok: false, error: { code: 'write-failed', detail: 'dialog exploded' } });
  });
});

describe('library backups', () => {
  it('opens one backup: a single-file dialog for .rlbackup, read within the backup limit', async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/chosen/资料库备份.rlbackup'] })) });
    const result = await createIpcHandlers(d)['files:open-backup'](trusted);
    expect(result).toEqual({ ok: true, value: picked });
    const options = d.showOpenDialog.mock.calls[0]?.[0];
    expect(options?.properties).toEqual(['openFile']);
    expect(options?.filters).toEqual([{ name: '资料库备份 (*.rlbackup)', extensions: ['rlbackup'] }]);
    const [paths, limitOf] = d.readPickedFiles.mock.calls[0] ?? [];
    expect(paths).toEqual(['/chosen/资料库备份.rlbackup']);
    expect(limitOf?.('资料库备份.rlbackup')).toBe(MAX_BACKUP_BYTES);
    expect(limitOf?.('renamed.zip')).toBe(MAX_BACKUP_BYTES);
  });

  it('gives null when the backup dialog is cancelled', async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await createIpcHandlers(d)['files:open-backup'](trusted)).toEqual({ ok: true, value: null });
    expect(d.readPickedFiles).not.toHaveBeenCalled();
  });

  it('hands the page’s answer to the automatic backups and gives back their result', async () => {
    const d = deps({ receiveAutoBackup: vi.fn(async () => ({ ok: false as const, error: { code: 'unsupported-format' as const, detail: 'not a zip' } })) });
    const result = await createIpcHandlers(d)['backup:save-automatic'](trusted, backupAnswer);
    expect(result).toEqual({ ok: false, error: { code: 'unsupported-format', detail: 'not a zip' } });
    expect(d.receiveAutoBackup).toHaveBeenCalledExactlyOnceWith(backupAnswer);
  });

  it('gives the automatic backups’ status', async () => {
    expect(await createIpcHandlers(deps())['backup:status'](trusted)).toEqual({ ok: true, value: status });
  });

  it('turns unexpected failures into results', async () => {
    const boom = vi.fn(async () => {
      throw new Error('disk gone');
    });
    const handlers = createIpcHandlers(deps({ receiveAutoBackup: boom, autoBackupStatus: boom }));
    expect(await handlers['backup:save-automatic'](trusted, backupAnswer)).toEqual({ ok: false, error: { code: 'write-failed', detail: 'disk gone' } });
    expect(await handlers['backup:status'](trusted)).toEqual({ ok: false, error: { code: 'read-failed', detail: 'disk gone' } });
  });
});

describe('app:set-locale', () => {
  it('sets the language for the trusted page and echoes it', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    expect(await handlers['app:set-locale'](trusted, 'en')).toEqual({ ok: true, value: { locale: 'en' } });
    expect(d.setLocale).toHaveBeenCalledExactlyOnceWith('en');
    expect(await handlers['app:set-locale'](trusted, 'zh')).toEqual({ ok: true, value: { locale: 'zh' } });
    expect(d.setLocale).toHaveBeenLastCalledWith('zh');
  });

  it.each([['fr'], ['EN'], ['zh-CN'], [''], [undefined], [null], [1], [{ locale: 'en' }], [['en']]])(
    'refuses %j without changing anything',
    async (request: unknown) => {
      const d = deps();
      const result = await createIpcHandlers(d)['app:set-locale'](trusted, request);
      expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
      expect(d.setLocale).not.toHaveBeenCalled();
    },
  );

  it('keeps a long bad argument out of the error detail', async () => {
    const result = await createIpcHandlers(deps())['app:set-locale'](trusted, 'x'.repeat(10_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.detail.length).toBeLessThan(100);
  });

  it('turns a failure to apply the language into a result', async () => {
    const d = deps({
      setLocale: vi.fn(() => {
        throw new Error('menu exploded');
      }),
    });
    expect(await createIpcHandlers(d)['app:set-locale'](trusted, 'en')).toEqual({
      ok: false,
      error: { code: 'write-failed', detail: 'menu exploded' },
    });
  });

  it('opens the dialogs in Chinese first, then in the language set', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    const handlers = createIpcHandlers(d);
    const titles = async () => {
      await handlers['files:open-reports'](trusted);
      await handlers['files:open-folder'](trusted);
      await handlers['files:save'](trusted, saveRequest);
      const open = d.showOpenDialog.mock.calls.slice(-2).map(([options]) => options.title);
      const save = d.showSaveDialog.mock.calls.at(-1)?.[0].title;
      return [...open, save];
    };
    expect(await titles()).toEqual(['导入报告', '导入文件夹', '导出']);
    await handlers['app:set-locale'](trusted, 'en');
    expect(await titles()).toEqual(['Import Reports', 'Import Folder', 'Export']);
    expect(d.showOpenDialog.mock.calls.at(-2)?.[0].filters?.map((f) => f.name)).toEqual([
      'Report Files (*.txt, *.md, *.docx, *.html, *.htm, *.pdf)',
      'REFI-QDA Projects and Codebooks (*.qdpx, *.qdc)',
      'Library Backups (*.rlbackup)',
      'All Files',
    ]);
  });
});
