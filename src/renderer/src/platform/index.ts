/**
 * Chooses the platform adapter once: Electron's when the preload exposed
 * `window.api`, the browser's otherwise.
 */
import type { DesktopApi } from '../../../shared/ipc';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

export type { Platform } from './platform';

export const platform: Platform = window.api ? createDesktopPlatform(window.api) : createBrowserPlatform();
