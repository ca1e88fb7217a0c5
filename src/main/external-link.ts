/**
 * Links that leave the app. The window itself never navigates off the
 * bundle nor opens another window; a web or mail link the page tries to
 * follow is instead offered to the system's browser or mail program, and
 * only when the user agrees. Which URLs may be offered at all is decided by
 * {@link externalLinkTarget}; the asking and opening by
 * {@link createExternalLinkOpener}, with Electron's dialog and
 * `shell.openExternal` passed in so it runs under plain Node in the tests.
 */

/** The longest URL offered to the user; anything longer is refused unread. */
export const MAX_EXTERNAL_LINK_LENGTH = 2048;

/** Query fields a `mailto:` link may carry (RFC 6068); others, such as `attach`, are refused. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/** One plain e-mail address: something, an at sign, a dotted domain; no spaces, commas or brackets. */
const MAIL_ADDRESS = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/;

/**
 * The URL to hand to the system for a link the page tried to follow, or null
 * when it must not leave the app: only `http:` and `https:` URLs with a host
 * and no user name or password, and `mailto:` URLs of one or more plain
 * addresses with at most subject, body, cc and bcc fields. Everything else is
 * refused: `javascript:`, `file:`, `data:`, `blob:`, `app:` and every other
 * scheme (each could run code, read disk or launch a program), credentials
 * (`https://bank.example@evil.example/` misleads the reader of the prompt),
 * a web URL whose host does not follow `//` as written (`https:///x`,
 * `https:\\x`: the parser would guess one), spaces, control or format
 * characters anywhere, and URLs over {@link MAX_EXTERNAL_LINK_LENGTH}
 * characters. The result is the parsed, normalised URL (international host
 * names in their `xn--` form), which is what the prompt shows and what is
 * opened.
 */
export function externalLinkTarget(url: string): string | null {
  if (url.length === 0 || url.length > MAX_EXTERNAL_LINK_LENGTH) return null;
  // The URL parser would silently drop tabs and newlines and trim the ends; refuse them instead.
  if (/[\s\p{Cc}\p{Cf}]/u.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  switch (parsed.protocol) {
    case 'http:':
    case 'https:':
      // As written, the host follows `//` at once: `https:///x` or `https:\\x` would be read as another host.
      if (!/^https?:\/\/[^/\\]/i.test(url)) return null;
      if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
      return parsed.href;
    case 'mailto:':
      return isPlainMailto(parsed) ? parsed.href : null;
    default:
      return null;
  }
}

function isPlainMailto(parsed: URL): boolean {
  let addresses: string[];
  try {
    addresses = decodeURIComponent(parsed.pathname).split(',');
  } catch {
    return false;
  }
  if (!addresses.every((address) => MAIL_ADDRESS.test(address))) return false;
  return [...parsed.searchParams.keys()].every((field) => MAILTO_FIELDS.has(field.toLowerCase()));
}

/** What became of one link the page tried to follow. */
export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused' | 'busy' | 'failed';

/** How the opener asks the user and hands a URL to the system. */
export interface ExternalLinkDeps {
  /** Asks the user whether to open `target` outside the app; true only if they agreed. */
  confirm(target: string): Promise<boolean>;
  /** Opens `target` in the system's browser or mail program (`shell.openExternal`). */
  openExternal(target: string): Promise<void>;
}

/**
 * A function to call with each URL the page tries to leave the app for (a
 * `window.open`, a link with `target=_blank`, a navigation off the bundle).
 * A URL that {@link externalLinkTarget} refuses is `refused` without a word
 * to the user; otherwise the user is asked, and `deps.openExternal` is
 * called with the normalised URL only after they agree (`opened`), never
 * when they decline (`declined`). While one question is open, further links
 * are `busy` and dropped, so a page cannot pile up prompts. A failure of the
 * dialog or of the system to open the URL is `failed`, never thrown.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<ExternalLinkOutcome> {
  let asking = false;
  return async (url) => {
    const target = externalLinkTarget(url);
    if (target === null) return 'refused';
    if (asking) return 'busy';
    asking = true;
    try {
      if (!(await deps.confirm(target))) return 'declined';
      await deps.openExternal(target);
      return 'opened';
    } catch {
      return 'failed';
    } finally {
      asking = false;
    }
  };
}
