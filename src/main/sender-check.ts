/**
 * Who may talk to the main process: only a frame showing our own bundle.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-protocol';

/**
 * Whether an IPC message comes from a frame whose URL is on the bundle's
 * origin (`app://bundle/...`). False for `file://`, `http(s)://`,
 * `about:blank`, `devtools://`, a missing frame URL, and lookalikes such as
 * `app://bundle.evil/`, `app://bundle@evil/` or `app://bundle:1/`.
 */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (typeof frameUrl !== 'string' || !frameUrl.startsWith(`${APP_ORIGIN}/`)) return false;
  try {
    const url = new URL(frameUrl);
    return (
      url.protocol === `${APP_SCHEME}:` &&
      url.host === APP_HOST &&
      url.username === '' &&
      url.password === '' &&
      url.port === ''
    );
  } catch {
    return false;
  }
}
