import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  mimeTypeFor,
  resolveBundlePath,
  serveBundleRequest,
} from './app-protocol';

const root = resolve('/srv/bundle');

describe('resolveBundlePath', () => {
  it('maps bundle URLs to files inside the root', () => {
    expect(resolveBundlePath('app://bundle/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveBundlePath('app://bundle/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveBundlePath('app://bundle/assets/a.css?v=1#x', root)).toBe(join(root, 'assets', 'a.css'));
    expect(resolveBundlePath('app://bundle/fonts/%E5%AE%8B%E4%BD%93.woff2', root)).toBe(join(root, 'fonts', '宋体.woff2'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveBundlePath('app://bundle/', root)).toBe(join(root, 'index.html'));
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
  });

  it.each([
    ['parent segment', 'app://bundle/../etc/passwd'],
    ['nested parent segment', 'app://bundle/assets/../../secret'],
    ['parent at end', 'app://bundle/assets/..'],
    ['dot segment', 'app://bundle/./index.html'],
    ['encoded parent', 'app://bundle/%2e%2e/secret'],
    ['upper-case encoded parent', 'app://bundle/%2E%2E/secret'],
    ['half-encoded parent', 'app://bundle/.%2e/secret'],
    ['encoded slash after parent', 'app://bundle/..%2fsecret'],
    ['encoded slash and dots', 'app://bundle/assets%2f%2e%2e%2f%2e%2e%2fsecret'],
    ['backslash', 'app://bundle/assets\\..\\secret'],
    ['encoded backslash', 'app://bundle/assets%5c..%5csecret'],
    ['null byte', 'app://bundle/index.html%00.png'],
    ['raw null byte', 'app://bundle/index.html\0.png'],
    ['absolute path', 'app://bundle//etc/passwd'],
    ['encoded absolute path', 'app://bundle/%2fetc/passwd'],
    ['drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://bundle/C%3A%5CWindows'],
    ['bad escape', 'app://bundle/%E5%AE'],
    ['lookalike host', 'app://bundle.evil/index.html'],
    ['other host', 'app://other/index.html'],
    ['credentials', 'app://user@bundle/index.html'],
    ['port', 'app://bundle:8080/index.html'],
    ['no path', 'app://bundle'],
    ['file scheme', 'file:///srv/bundle/index.html'],
    ['https', 'https://bundle/index.html'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(resolveBundlePath(url, root)).toBeNull();
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure scheme that does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false });
  });
});

describe('mimeTypeFor', () => {
  it('knows the bundle file types, case-insensitively', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
  });

  it('falls back to octet-stream', () => {
    expect(mimeTypeFor('data.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    );
  });
});

describe('serveBundleRequest', () => {
  let dir: string;
  let outside: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    await mkdir(join(dir, 'bundle', 'assets'), { recursive: true });
    await writeFile(join(dir, 'bundle', 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(dir, 'bundle', 'assets', 'app.js'), 'console.log(1)');
    outside = join(dir, 'secret.txt');
    await writeFile(outside, 'secret');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const read = (path: string) => readFile(path);

  it('serves a file with its type and the CSP header', async () => {
    const response = await serveBundleRequest({ method: 'GET', url: 'app://bundle/assets/app.js' }, join(dir, 'bundle'), read);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the entry URL', async () => {
    const response = await serveBundleRequest({ method: 'GET', url: APP_ENTRY_URL }, join(dir, 'bundle'), read);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('answers HEAD without a body', async () => {
    const response = await serveBundleRequest({ method: 'HEAD', url: APP_ENTRY_URL }, join(dir, 'bundle'), read);
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  it('gives 404 for traversal, missing files and folders', async () => {
    for (const url of ['app://bundle/%2e%2e/secret.txt', 'app://bundle/../secret.txt', 'app://bundle/missing.js', 'app://bundle/assets/']) {
      const response = await serveBundleRequest({ method: 'GET', url }, join(dir, 'bundle'), read);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('gives 405 for other methods', async () => {
    const response = await serveBundleRequest({ method: 'POST', url: APP_ENTRY_URL }, join(dir, 'bundle'), read);
    expect(response.status).toBe(405);
  });
});
