/**
 * The one seam between the app and its host. The renderer asks the platform
 * for files to import and hands it files to save; it never knows whether it
 * runs in Electron or in a plain browser tab.
 */
import type { Locale, MenuCommand, PickedFile, SaveRequest } from '../../../shared/ipc';

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
}
