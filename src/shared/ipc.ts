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

/** Channel name → request and response types. */
export interface IpcContract {
  'files:open-reports': { request: void; response: Result<PickedFile[]> };
  'files:open-folder': { request: void; response: Result<PickedFile[]> };
  'files:save': { request: SaveRequest; response: Result<{ saved: boolean }> };
  'app:set-locale': { request: Locale; response: Result<{ locale: Locale }> };
}

export type IpcChannel = keyof IpcContract;

/** The main → renderer channel carrying menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * What the preload exposes as `window.api`: a few named functions, nothing
 * generic. Cancelling a dialog is not an error: it gives an empty list, or
 * `{saved: false}`.
 */
export interface DesktopApi {
  openReports(): Promise<Result<PickedFile[]>>;
  openFolder(): Promise<Result<PickedFile[]>>;
  saveFile(request: SaveRequest): Promise<Result<{ saved: boolean }>>;
  /**
   * Tells the host the interface language, so the native menu is rebuilt in
   * it and later dialogs use it. Anything but 'zh' or 'en' gets
   * `not-allowed`; success echoes the language now in effect.
   */
  setLocale(locale: Locale): Promise<Result<{ locale: Locale }>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
