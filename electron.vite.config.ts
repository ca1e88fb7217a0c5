import { cpSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { PDF_CMAP_DIR, PDF_STANDARD_FONT_DIR } from './src/renderer/src/features/library/pdf-assets';

/**
 * One build for the three Electron targets. The renderer build is also what
 * `npm run web` serves to plain Chromium, so it uses relative asset paths and
 * knows nothing of the host it runs in (see src/renderer/src/platform).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** pdfjs-dist's folders the pdf reader needs at run time, by where they go in the renderer build. */
const PDFJS_ASSET_FOLDERS: Readonly<Record<string, string>> = {
  [PDF_CMAP_DIR]: resolve('node_modules/pdfjs-dist/cmaps'),
  [PDF_STANDARD_FONT_DIR]: resolve('node_modules/pdfjs-dist/standard_fonts'),
};

/**
 * Puts pdfjs-dist's character maps and standard fonts beside index.html
 * (see src/renderer/src/features/library/pdf-assets.ts): copied into the
 * build, served from node_modules by the development server.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'report-reader:pdfjs-assets',
    // Copied as the bundle is written rather than emitted one by one: the same files, without 185 lines of build log.
    writeBundle(options) {
      const outDir = options.dir ?? resolve('out/renderer');
      for (const [target, folder] of Object.entries(PDFJS_ASSET_FOLDERS)) cpSync(folder, join(outDir, target), { recursive: true });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const target = Object.keys(PDFJS_ASSET_FOLDERS).find((prefix) => path.startsWith(prefix));
        const name = target === undefined ? '' : path.slice(target.length);
        if (target === undefined || !/^[\w.-]+$/.test(name)) return next();
        const file = join(PDFJS_ASSET_FOLDERS[target]!, name);
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

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
    plugins: [react(), pdfjsAssets()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    // The import worker (src/renderer/src/features/library/import-worker.ts) is a module worker;
    // ES output lets it split code (the pdf reader may load pdfjs on demand).
    worker: { format: 'es' },
    build: {
      // electron-vite leaves output unminified; the renderer is also served to browsers.
      minify: true,
      // React, ProseMirror and Dexie make one ~700 kB chunk, loaded from disk or loopback: fine.
      chunkSizeWarningLimit: 800,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
