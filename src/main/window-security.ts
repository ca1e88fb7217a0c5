/**
 * The locks on the renderer: the web preferences every window is created
 * with, and the hardening applied to every web contents and to the session.
 * The page is treated as untrusted content that happens to be ours: it runs
 * sandboxed, cannot navigate away from the bundle, open windows, attach
 * webviews or be granted permissions; a link it tries to follow out of the
 * bundle is only ever offered to the user.
 *
 * Only types come from 'electron' here, so this module runs under plain Node
 * in the tests.
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { isTrustedSender } from './sender-check';

/**
 * The webPreferences of the app window: sandboxed, context-isolated, no Node
 * in the page or its workers and frames, web security on, no `<webview>`, no
 * spellchecker (it would send text to a service on some platforms), no
 * navigation by dropping a file, and the given preload script.
 */
export function createWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
  };
}

/**
 * Whether a frame may navigate to a URL: only within the bundle's own
 * `app://bundle/` origin (a reload or an in-app link); never to the web,
 * `file://`, `data:` or `javascript:`.
 */
export function isAllowedNavigation(url: string): boolean {
  return isTrustedSender(url);
}

/**
 * Hardens one web contents: navigations and redirects off the bundle are
 * cancelled, `window.open` and `target=_blank` are denied, and `<webview>`
 * attachment is refused. The URL of a denied window, and of a cancelled
 * navigation of the main frame (a link clicked in the page), goes to
 * `offerExternalLink`, which may open it outside the app once the user
 * agrees (see external-link.ts); the app's own window never shows it.
 * Sub-frame navigations and redirects are only cancelled.
 */
export function hardenWebContents(contents: WebContents, offerExternalLink: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    offerExternalLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    offerExternalLink(url);
    return { action: 'deny' };
  });
}

/**
 * Hardens a session: every permission request is refused, every permission
 * check answers false, and no device (HID, serial, USB) is granted.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
