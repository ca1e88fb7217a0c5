/**
 * The pure half of the `app://` protocol: which file an `app://bundle/...` URL
 * names inside the renderer output folder, what MIME type it is served as,
 * and the response for a request. The Electron half (registering the scheme
 * and handing requests to {@link serveBundleRequest}) is in
 * register-app-protocol.ts.
 *
 * Serving the renderer from a custom standard, secure scheme instead of
 * `file://` gives the page a real origin (`app://bundle`) for IndexedDB, a
 * Content-Security-Policy header, and no access to the rest of the disk.
 */
import type { Privileges } from 'electron';
import { extname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';

/** The custom scheme the renderer is served from, without the colon. */
export const APP_SCHEME = 'app';

/** The single host of the scheme: the renderer bundle. */
export const APP_HOST = 'bundle';

/** The origin of the renderer page, for sender and navigation checks. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * How Chromium treats the scheme: standard (real origin, so IndexedDB and
 * relative URLs work) and secure (like https), with fetch, streaming and the
 * code cache; no service workers, no CSP bypass.
 */
export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
  allowServiceWorkers: false,
  bypassCSP: false,
  corsEnabled: false,
};

/** The URL the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content-Security-Policy header sent with every file of the bundle:
 * only the bundle's own scripts run, nothing is fetched from elsewhere, and
 * the page cannot be framed, post forms or load plugins.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'none'";

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a file name, chosen by its extension
 * (case-insensitive); `application/octet-stream` when the extension is unknown.
 */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** `..` or `.` spelled with any mix of literal and percent-encoded dots. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/**
 * The absolute path of the file an `app://bundle/<path>` URL names inside
 * `rootDir`, or null when the URL must be answered with 404: another scheme
 * or host (`app://bundle.evil/`), credentials or a port, `.`/`..` segments
 * (literal or `%2e`-encoded), backslashes, null bytes, colons (drive letters),
 * absolute paths (`app://bundle//etc`), or a path that would leave `rootDir`.
 * The query and fragment are ignored; an empty path names `index.html`.
 */
export function resolveBundlePath(url: string, rootDir: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;

  // Work on the path as written, before URL parsing folds `..` away.
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (DOT_SEGMENT.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  if (decoded.startsWith('/') || isAbsolute(decoded) || win32.isAbsolute(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  if (segments.slice(0, -1).some((segment) => segment === '')) return null;

  const root = resolve(rootDir);
  const target = resolve(root, decoded === '' ? 'index.html' : decoded);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return target;
}

/** Reads a whole file; rejects when it cannot (missing, a folder, no access). */
export type ReadBundleFile = (path: string) => Promise<Uint8Array>;

/**
 * The response to one request for the `app` scheme: the file's bytes with its
 * MIME type and the {@link CONTENT_SECURITY_POLICY} header, 404 for a URL
 * {@link resolveBundlePath} refuses or a file that cannot be read, and 405 for
 * methods other than GET and HEAD.
 */
export async function serveBundleRequest(
  request: { method: string; url: string },
  rootDir: string,
  readFile: ReadBundleFile,
): Promise<Response> {
  const baseHeaders = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { ...baseHeaders, Allow: 'GET, HEAD' } });
  }
  const path = resolveBundlePath(request.url, rootDir);
  if (path === null) return notFound(baseHeaders);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return notFound(baseHeaders);
  }
  const headers = { ...baseHeaders, 'Content-Type': mimeTypeFor(path), 'Content-Length': String(bytes.byteLength) };
  // Copy into a fresh ArrayBuffer-backed view: Response wants exactly that.
  return new Response(method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
}

function notFound(headers: Record<string, string>): Response {
  return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}
