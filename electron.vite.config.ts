import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for the three Electron targets. The renderer build is also what
 * `npm run web` serves to plain Chromium, so it uses relative asset paths and
 * knows nothing of the host it runs in (see src/renderer/src/platform).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      // electron-vite leaves output unminified; the renderer is also served to browsers.
      minify: true,
      // React, ProseMirror and Dexie make one ~540 kB chunk, loaded from disk or loopback: fine.
      chunkSizeWarningLimit: 800,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
