/**
 * The app window's construction options and where the built files it needs
 * are, relative to the built main script.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { createWebPreferences } from './window-security';

/** The window title, also the product name. */
export const MAIN_WINDOW_TITLE = '政府工作报告阅读器';

/**
 * Options for the one app window: 1280×860, at least 900×600, the paper
 * background colour (so no white flash before the page paints), hidden until
 * `ready-to-show`, and the locked-down web preferences.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: MAIN_WINDOW_TITLE,
    backgroundColor: '#f7f5f0',
    show: false,
    webPreferences: createWebPreferences(preloadPath),
  };
}

/** Where the renderer bundle and the preload script are. */
export interface AppPaths {
  rendererRoot: string;
  preloadPath: string;
}

/**
 * The build layout seen from the folder of the built main script
 * (`out/main`): the renderer in `out/renderer`, the preload in
 * `out/preload/index.cjs`. The same inside a packaged app's asar.
 */
export function resolveAppPaths(mainDir: string): AppPaths {
  return {
    rendererRoot: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
  };
}
