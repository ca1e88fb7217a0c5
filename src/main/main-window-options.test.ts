import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_WINDOW_TITLE, mainWindowOptions, resolveAppPaths } from './main-window-options';

describe('mainWindowOptions', () => {
  it('sizes, titles and hides the window until ready, with locked-down preferences', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expect(options).toMatchObject({
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      title: '政府工作报告阅读器',
      backgroundColor: '#f7f5f0',
      show: false,
    });
    expect(MAIN_WINDOW_TITLE).toBe('政府工作报告阅读器');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

describe('resolveAppPaths', () => {
  it('finds the renderer and preload beside out/main', () => {
    const mainDir = join('/app', 'out', 'main');
    expect(resolveAppPaths(mainDir)).toEqual({
      rendererRoot: join('/app', 'out', 'renderer'),
      preloadPath: join('/app', 'out', 'preload', 'index.cjs'),
    });
  });
});
