/**
 * What each IPC channel does, as plain functions of injected dialogs and
 * file access, so the whole request → dialog → file → result path is tested
 * without Electron. index.ts registers each with `ipcMain.handle`.
 *
 * Every handler first checks the sender with {@link isTrustedSender}; paths
 * only ever come from the dialogs, never from the page; and nothing throws
 * across the bridge: every outcome is a {@link Result}.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_BACKUP_BYTES,
  type AutoBackupStatus,
  type GatewayErrorCode,
  type IpcChannel,
  type IpcContract,
  type Locale,
  type PickedFile,
  type Result,
  type SaveRequest,
} from '../shared/ipc';
import { DIALOG_STRINGS, openBackupDialogOptions, openFolderDialogOptions, openReportsDialogOptions, saveDialogOptions } from './dialog-options';
import { parseSaveRequest } from './save-request';
import { isTrustedSender } from './sender-check';

/** The part of an `IpcMainInvokeEvent` the handlers look at. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/** The dialogs, file access and interface language the handlers use. */
export interface IpcHandlerDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** Reads chosen files, each within `limitOf(its name)` bytes, by default the limit of its kind (`importByteLimit`). */
  readPickedFiles(paths: readonly string[], limitOf?: (name: string) => number): Promise<PickedFile[]>;
  readImportableFolder(folder: string): Promise<Result<PickedFile[]>>;
  writeSavedFile(path: string, bytes: Uint8Array): Promise<Result<{ saved: true }>>;
  /** The folder the save dialog starts in, e.g. the user's documents. */
  defaultSaveDirectory?: () => string | undefined;
  /** The interface language now in effect; the dialogs use its words. */
  locale(): Locale;
  /** Makes `locale` the interface language: rebuilds the menu, and later dialogs use it. */
  setLocale(locale: Locale): void;
  /** Takes the page's answer to a request for an automatic backup: checks it and writes it (the coordinator's `receive`). */
  receiveAutoBackup(answer: unknown): Promise<Result<{ saved: boolean }>>;
  /** The automatic backups' folder, newest time and count. */
  autoBackupStatus(): Promise<AutoBackupStatus>;
}

/** One handler per channel, taking the event and the page's argument. */
export type IpcHandlers = {
  [C in IpcChannel]: (event: IpcSenderEvent, request?: unknown) => Promise<IpcContract[C]['response']>;
};

/**
 * The handler of every channel: `files:open-reports`, `files:open-folder`,
 * `files:open-backup` (one file, read within the backup limit, or null),
 * `files:save`, `app:set-locale`, `backup:save-automatic` (the page's
 * answer, handed to `deps.receiveAutoBackup`) and `backup:status`. An
 * untrusted sender gets `not-allowed` and nothing happens; a cancelled
 * dialog gives an empty list, null or `{saved: false}`; a malformed save
 * request or a language other than 'zh' or 'en' gets `not-allowed`; an
 * unexpected failure becomes `read-failed` or `write-failed` (for setting
 * the language and saving an automatic backup too) with its message as
 * detail. Dialogs use the words of `deps.locale()` at the time they open.
 */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  const dialogStrings = () => DIALOG_STRINGS[deps.locale()];
  return {
    'files:open-reports': (event) =>
      guarded(event, 'read-failed', async () => {
        const { canceled, filePaths } = await deps.showOpenDialog(openReportsDialogOptions(dialogStrings()));
        if (canceled || filePaths.length === 0) return ok([]);
        return ok(await deps.readPickedFiles(filePaths));
      }),

    'files:open-folder': (event) =>
      guarded(event, 'read-failed', async () => {
        const { canceled, filePaths } = await deps.showOpenDialog(openFolderDialogOptions(dialogStrings()));
        const folder = filePaths[0];
        if (canceled || folder === undefined) return ok([]);
        return deps.readImportableFolder(folder);
      }),

    'files:open-backup': (event) =>
      guarded<PickedFile | null>(event, 'read-failed', async () => {
        const { canceled, filePaths } = await deps.showOpenDialog(openBackupDialogOptions(dialogStrings()));
        const path = filePaths[0];
        if (canceled || path === undefined) return ok(null);
        const [file] = await deps.readPickedFiles([path], () => MAX_BACKUP_BYTES);
        return ok(file ?? null);
      }),

    'files:save': (event, request) =>
      guarded<{ saved: boolean }>(event, 'write-failed', async () => {
        const parsed: SaveRequest | null = parseSaveRequest(request);
        if (parsed === null) return fail('not-allowed', 'malformed save request');
        const options = saveDialogOptions(parsed, dialogStrings(), deps.defaultSaveDirectory?.());
        const { canceled, filePath } = await deps.showSaveDialog(options);
        if (canceled || filePath === undefined || filePath === '') return ok({ saved: false });
        return deps.writeSavedFile(filePath, parsed.bytes);
      }),

    'app:set-locale': (event, request) =>
      guarded<{ locale: Locale }>(event, 'write-failed', async () => {
        if (!isLocale(request)) return fail('not-allowed', `unknown locale: ${describeValue(request)}`);
        deps.setLocale(request);
        return ok({ locale: request });
      }),

    'backup:save-automatic': (event, answer) => guarded(event, 'write-failed', () => deps.receiveAutoBackup(answer)),

    'backup:status': (event) => guarded(event, 'read-failed', async () => ok(await deps.autoBackupStatus())),
  };
}

function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/** A short, safe description of what the page sent, for the error detail. */
function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : typeof value;
}

async function guarded<T>(
  event: IpcSenderEvent,
  failureCode: GatewayErrorCode,
  body: () => Promise<Result<T>>,
): Promise<Result<T>> {
  let frameUrl: string | undefined;
  try {
    frameUrl = event.senderFrame?.url;
  } catch {
    frameUrl = undefined; // the frame is gone
  }
  if (!isTrustedSender(frameUrl)) return fail('not-allowed', `untrusted sender: ${frameUrl ?? 'no frame'}`);
  try {
    return await body();
  } catch (error) {
    return fail(failureCode, error instanceof Error ? error.message : String(error));
  }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: GatewayErrorCode, detail: string): { ok: false; error: { code: GatewayErrorCode; detail: string } } {
  return { ok: false, error: { code, detail } };
}
