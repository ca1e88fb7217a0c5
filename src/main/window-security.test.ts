import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createWebPreferences, hardenSession, hardenWebContents, isAllowedNavigation } from './window-security';

describe('createWebPreferences', () => {
  it('locks the renderer down, names the preload, and sets nothing else (no blink features, no webview)', () => {
    const prefs = createWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
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
    });
  });
});

describe('isAllowedNavigation', () => {
  it('allows the bundle only', () => {
    expect(isAllowedNavigation('app://bundle/index.html')).toBe(true);
    expect(isAllowedNavigation('app://bundle/index.html#/x')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://bundle.evil/',
      'about:blank',
      'data:text/html,x',
      'javascript:alert(1)',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

/** A stand-in web contents that records what was installed on it. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      openHandler = handler;
    },
  };
  /** Emits an event; returns whether some listener prevented it. */
  function emit(name: string, url?: string): boolean {
    const preventDefault = vi.fn();
    const found = listeners.get(name) ?? [];
    expect(found.length, `listener for ${name}`).toBeGreaterThan(0);
    for (const listener of found) listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
  return { contents: contents as unknown as WebContents, emit, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('cancels navigation off the bundle and allows it within', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, vi.fn());
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(emit(name, 'https://example.com/'), name).toBe(true);
      expect(emit(name, 'file:///etc/passwd'), name).toBe(true);
      expect(emit(name, 'app://bundle.evil/index.html'), name).toBe(true);
      expect(emit(name, 'app://bundle/index.html'), name).toBe(false);
    }
  });

  it('offers a link the main frame was stopped from following, and nothing else', () => {
    const { contents, emit } = fakeContents();
    const offer = vi.fn();
    hardenWebContents(contents, offer);
    emit('will-navigate', 'https://www.gov.cn/');
    emit('will-navigate', 'app://bundle/index.html#/report/2');
    emit('will-frame-navigate', 'https://frame.example/');
    emit('will-redirect', 'https://redirect.example/');
    expect(offer.mock.calls).toEqual([['https://www.gov.cn/']]);
  });

  it('refuses webviews', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window, and offers its URL instead', () => {
    const { contents, open } = fakeContents();
    const offer = vi.fn();
    hardenWebContents(contents, offer);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(offer.mock.calls).toEqual([['https://example.com/'], ['app://bundle/index.html'], ['javascript:alert(1)']]);
  });
});

describe('hardenSession', () => {
  it('denies all permission requests, checks and devices', () => {
    const installed: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (installed.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (installed.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (installed.device = h),
    } as unknown as Session;
    hardenSession(session);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      installed.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(installed.check?.({}, permission, 'app://bundle', {})).toBe(false);
    }
    expect(installed.device?.({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });
});
