/**
 * The main process: wires Electron to the decisions made in the modules
 * beside this one. One instance, one sandboxed window showing the renderer
 * bundle from `app://bundle/`, IPC handlers that open dialogs and read or
 * write only the files chosen in them, a native menu that sends commands to
 * the page, menu and dialogs in the page's interface language (Chinese
 * until the page says otherwise), and every permission, navigation and new
 * window refused; a web or mail link the page tries to follow is opened in
 * the system's browser or mail program only after the user agrees.
 *
 * Automatic backups: the page makes the library's backup file when main asks
 * (on quit, which waits for it up to 15 s, and once a day), and main writes
 * it into `<userData>/backups`, keeping the newest seven
 * (auto-backup-coordinator.ts, auto-backup-store.ts).
 *
 * The page's data (IndexedDB of the `app://bundle` origin) lives under
 * `app.getPath('userData')`. Unpackaged runs use a separate `-dev` folder so
 * development never touches an installed app's library, and tests may point
 * it elsewhere with REPORT_READER_USER_DATA.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MessageBoxOptions } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTO_BACKUP_REQUEST_CHANNEL, MENU_COMMAND_CHANNEL, type IpcChannel, type Locale, type MenuCommand } from '../shared/ipc';
import { APP_ENTRY_URL } from './app-protocol';
import { AutoBackupCoordinator } from './auto-backup-coordinator';
import { AutoBackupStore } from './auto-backup-store';
import { createExternalLinkOpener } from './external-link';
import { confirmExternalLink, EXTERNAL_LINK_PROMPT_STRINGS } from './external-link-prompt';
import { readImportableFolder, readPickedFiles, writeSavedFile } from './file-gateway';
import { createIpcHandlers } from './ipc-handlers';
import { mainWindowOptions, resolveAppPaths } from './main-window-options';
import { buildMenuTemplate, MENU_STRINGS } from './menu';
import { registerAppScheme, serveAppProtocol } from './register-app-protocol';
import { isTrustedSender } from './sender-check';
import { hardenSession, hardenWebContents } from './window-security';

const paths = resolveAppPaths(dirname(fileURLToPath(import.meta.url)));

if (!app.isPackaged) {
  const override = process.env.REPORT_READER_USER_DATA;
  app.setPath('userData', override !== undefined && override !== '' ? override : `${app.getPath('userData')}-dev`);
}

// Before ready: every renderer sandboxed, and app:// a privileged scheme.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
/** The interface language of the menu and dialogs, as last told by the page. */
let locale: Locale = 'zh';

/** Offers a link the page tried to follow to the system, once the user agrees (external-link.ts decides). */
const openExternalLink = createExternalLinkOpener({
  confirm: (target) => confirmExternalLink(target, EXTERNAL_LINK_PROMPT_STRINGS[locale], showMessageBox),
  openExternal: (target) => shell.openExternal(target),
});

const autoBackups = new AutoBackupStore(join(app.getPath('userData'), 'backups'));
const autoBackup = new AutoBackupCoordinator({
  clock: {
    now: () => new Date(),
    after: (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  },
  ask: askForBackup,
  write: (bytes, at) => autoBackups.write(bytes, at),
  latest: () => autoBackups.latest(),
  log: (message) => console.warn(message),
});
/** Quits for real once a held quit's backup is over (the same function each time, so it runs once). */
const quitApp = (): void => app.quit();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void openExternalLink(url)));
  app.on('before-quit', (event) => {
    if (autoBackup.holdQuit(quitApp)) event.preventDefault();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      serveAppProtocol(paths.rendererRoot);
      registerIpcHandlers();
      applyLocale(locale);
      createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Failed to start:', error);
      app.exit(1);
    });
}

function createMainWindow(): void {
  // Sandboxed, context-isolated and without Node by mainWindowOptions(); Electronegativity cannot see through
  // the call and reports no contextIsolation here (explained in scripts/electronegativity-allowed.ts).
  const window = new BrowserWindow(mainWindowOptions(paths.preloadPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  const closeWindow = (): void => {
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (autoBackup.holdQuit(closeWindow)) event.preventDefault();
  });
  window.webContents.on('did-finish-load', () => autoBackup.pageLoaded());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Failed to load ${APP_ENTRY_URL}:`, error);
  });
}

/** A message box on the window dialogs attach to. */
function showMessageBox(options: MessageBoxOptions): Promise<{ response: number }> {
  const parent = dialogParent();
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}

/** The window dialogs attach to: the focused one, else the app window. */
function dialogParent(): BrowserWindow | null {
  const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
  return window !== null && !window.isDestroyed() ? window : null;
}

function registerIpcHandlers(): void {
  const handlers = createIpcHandlers({
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    readPickedFiles: (filePaths) => readPickedFiles(filePaths),
    readImportableFolder: (folder) => readImportableFolder(folder),
    writeSavedFile,
    defaultSaveDirectory: () => app.getPath('documents'),
    locale: () => locale,
    setLocale: applyLocale,
    receiveAutoBackup: (answer) => autoBackup.receive(answer),
    autoBackupStatus: () => autoBackups.status(),
  });
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    ipcMain.handle(channel, (event, request: unknown) => handlers[channel](event, request));
  }
}

/** Makes `next` the interface language: the application menu is rebuilt in it, and later dialogs use it. */
function applyLocale(next: Locale): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(MENU_STRINGS[next], sendMenuCommand, { platform: process.platform, isPackaged: app.isPackaged }),
    ),
  );
  locale = next;
}

/** Sends a menu command to the focused app window, if it shows our bundle. */
function sendMenuCommand(command: MenuCommand): void {
  const window = dialogParent();
  if (window === null || !isTrustedSender(window.webContents.getURL())) return;
  window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/**
 * Asks the app window's page for an automatic backup; false when there is
 * no page able to answer (no window, still loading, crashed, or not our
 * bundle), so nothing waits for an answer that cannot come.
 */
function askForBackup(requestId: number): boolean {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (contents.isLoading() || contents.isCrashed() || !isTrustedSender(contents.getURL())) return false;
  contents.send(AUTO_BACKUP_REQUEST_CHANNEL, requestId);
  return true;
}
