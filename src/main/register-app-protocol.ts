/**
 * The Electron half of the `app://` protocol: registering the scheme's
 * privileges before the app is ready, and serving the renderer bundle from
 * disk once it is. Every decision is in app-protocol.ts.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveBundleRequest } from './app-protocol';

/**
 * Registers `app` as a privileged (standard, secure) scheme. Must run before
 * the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Serves `app://bundle/...` from `rendererRoot` on the default session, with
 * the Content-Security-Policy header. Must run after `ready`.
 */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveBundleRequest(request, rendererRoot, (path) => readFile(path)));
}
