/**
 * The one seam between the app and its host. The renderer asks the platform
 * for files to import and hands it files to save; it never knows whether it
 * runs in Electron or in a plain browser tab.
 */
import type { AutoBackupStatus, Locale, MenuCommand, PickedFile, SaveRequest } from '../../../shared/ipc';

export interface Platform {
  /** 'desktop' inside Electron, 'browser' in a plain tab. */
  readonly kind: 'desktop' | 'browser';
  /**
   * Lets the user choose report files. Must be called straight from a user
   * gesture (a click), since a browser only opens its file chooser then.
   * Cancelling gives an empty list.
   */
  pickReportFiles(): Promise<PickedFile[]>;
  /** Lets the user choose a folder; gives its importable files, recursively. */
  pickReportFolder(): Promise<PickedFile[]>;
  /** Saves bytes where the user chooses (desktop) or as a download (browser). */
  saveFile(request: SaveRequest): Promise<{ saved: boolean }>;
  /**
   * Tells the host the interface language, so native menus and dialogs
   * (desktop) use it; a refusal rejects like the other calls. The browser
   * adapter does nothing.
   */
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to the native menu's commands (none in a browser). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Lets the user choose one library backup (`.rlbackup`), read within the
   * backup limit (1 GiB); null when cancelled. Must be called straight from a
   * user gesture, like {@link Platform.pickReportFiles}.
   */
  pickBackupFile(): Promise<PickedFile | null>;
  /**
   * Registers the function that makes the library's backup file, for the
   * host's automatic backups: the desktop host calls it on quit (waiting for
   * it up to 15 s) and once a day, and keeps the newest few in its backups
   * folder. The latest function registered is the one called; a rejection
   * is told to the host, which skips that backup. Returns the unsubscribe
   * function. A browser tab cannot write files unasked, so the browser
   * adapter never calls it and returns a no-op.
   */
  serveBackups(makeBackup: () => Promise<Uint8Array>): () => void;
  /**
   * Where the automatic backups are, when the newest was made and how many
   * are kept (desktop); null in a browser, which makes none.
   */
  autoBackupStatus(): Promise<AutoBackupStatus | null>;
}
