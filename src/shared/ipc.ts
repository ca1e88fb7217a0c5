/**
 * The IPC contract between the main process and the preload script: every
 * channel with its request and response types. Main and preload both import
 * it, so a channel cannot be renamed or retyped on one side only.
 *
 * Results cross the bridge as data (`{ok: true, value}` or `{ok: false, error}`),
 * never as thrown errors, so the renderer can say in words what went wrong.
 */

/** The largest file the app will read for import: 64 MiB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The extension of the library's backup file (a zip of every table), without the dot. */
export const BACKUP_EXTENSION = 'rlbackup';

/**
 * The largest backup file the app will read or write: 1 GiB. A backup holds
 * the whole library, so it is allowed far more than one report: a 5,000-report
 * library's backup is well over {@link MAX_IMPORT_BYTES}.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/**
 * Whether a file of this name (a bare name or a relative path) is a library
 * backup: it ends in `.rlbackup`, in any case, after a name of its own (a
 * bare `.rlbackup` is a hidden file, not a backup).
 */
export function isBackupFileName(name: string): boolean {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const suffix = `.${BACKUP_EXTENSION}`;
  return base.length > suffix.length && base.toLowerCase().endsWith(suffix);
}

/**
 * The most bytes the app reads of a chosen or dropped file of this name:
 * {@link MAX_BACKUP_BYTES} for a library backup, {@link MAX_IMPORT_BYTES}
 * for anything else. Main's file gateway and the browser's file reading
 * both ask this, so a file gets the same limit on either host.
 */
export function importByteLimit(name: string): number {
  return isBackupFileName(name) ? MAX_BACKUP_BYTES : MAX_IMPORT_BYTES;
}

/** Why a file operation failed, as a code the renderer turns into words. */
export type GatewayErrorCode =
  | 'too-large'
  | 'read-failed'
  | 'write-failed'
  | 'not-allowed'
  | 'unsupported-format';

export interface GatewayError {
  code: GatewayErrorCode;
  /** Technical detail for logs and the "details" line; never shown alone. */
  detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GatewayError };

/** One file the user chose or dropped: its bytes, or why they could not be read. */
export type PickedFile =
  | { name: string; size: number; ok: true; bytes: Uint8Array }
  | { name: string; size: number; ok: false; error: GatewayError };

export interface SaveRequest {
  suggestedName: string;
  bytes: Uint8Array;
  /** Extensions offered in the save dialog, without the dot. */
  extensions: string[];
}

/**
 * The interface language the page shows: Simplified Chinese (the default)
 * or English. The native menu and dialogs follow it.
 */
export type Locale = 'zh' | 'en';

/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'import-files' | 'import-folder' | 'export' | 'about' | 'undo' | 'redo';

/**
 * Where the automatic backups are and how they stand: the folder main
 * writes them to (`<userData>/backups`), when the newest was made (ISO 8601,
 * UTC; null when there is none yet), and how many the folder holds now (the
 * newest few are kept, older ones deleted).
 */
export interface AutoBackupStatus {
  folder: string;
  latest: string | null;
  kept: number;
}

/**
 * The page's answer to main's request for an automatic backup, matched to
 * the request by its id: the backup file's bytes, or why the page could not
 * make one (so main stops waiting at once instead of at its time limit).
 */
export type AutoBackupAnswer =
  | { requestId: number; ok: true; bytes: Uint8Array }
  | { requestId: number; ok: false; detail: string };

/** Channel name → request and response types. */
export interface IpcContract {
  'files:open-reports': { request: void; response: Result<PickedFile[]> };
  'files:open-folder': { request: void; response: Result<PickedFile[]> };
  'files:open-backup': { request: void; response: Result<PickedFile | null> };
  'files:save': { request: SaveRequest; response: Result<{ saved: boolean }> };
  'app:set-locale': { request: Locale; response: Result<{ locale: Locale }> };
  'backup:save-automatic': { request: AutoBackupAnswer; response: Result<{ saved: boolean }> };
  'backup:status': { request: void; response: Result<AutoBackupStatus> };
}

export type IpcChannel = keyof IpcContract;

/** The main → renderer channel carrying menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * The main → renderer channel by which main asks the page for an automatic
 * backup (on quit, and when the last is a day old). It carries the request's
 * id, a positive integer; the page answers on `backup:save-automatic`.
 */
export const AUTO_BACKUP_REQUEST_CHANNEL = 'backup:request';

/**
 * What the preload exposes as `window.api`: a few named functions, nothing
 * generic. Cancelling a dialog is not an error: it gives an empty list, or
 * `{saved: false}`.
 */
export interface DesktopApi {
  openReports(): Promise<Result<PickedFile[]>>;
  openFolder(): Promise<Result<PickedFile[]>>;
  /**
   * Lets the user choose one library backup (`.rlbackup`), read with the
   * backup limit; null when the dialog is cancelled.
   */
  openBackup(): Promise<Result<PickedFile | null>>;
  saveFile(request: SaveRequest): Promise<Result<{ saved: boolean }>>;
  /**
   * Tells the host the interface language, so the native menu is rebuilt in
   * it and later dialogs use it. Anything but 'zh' or 'en' gets
   * `not-allowed`; success echoes the language now in effect.
   */
  setLocale(locale: Locale): Promise<Result<{ locale: Locale }>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to main's requests for an automatic backup, each given by its
   * id; returns the unsubscribe function. Every request must be answered
   * with {@link DesktopApi.saveAutoBackup}.
   */
  onAutoBackupRequest(listener: (requestId: number) => void): () => void;
  /**
   * Answers a request for an automatic backup. Main checks the bytes (not
   * empty, at most {@link MAX_BACKUP_BYTES}, a zip) and writes them into the
   * backups folder: `{saved: true}` once written, `{saved: false}` when the
   * answer says the page failed or the request is no longer awaited (its
   * time passed); a refused file or a failed write is an error.
   */
  saveAutoBackup(answer: AutoBackupAnswer): Promise<Result<{ saved: boolean }>>;
  /** The automatic backups' folder, newest time and count. */
  autoBackupStatus(): Promise<Result<AutoBackupStatus>>;
}
