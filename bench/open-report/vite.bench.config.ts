/**
 * The bench page's build: plain Vite over bench/open-report/page, written to
 * out/bench-open-report, with relative asset paths so any static server can
 * serve it. The page imports the app's modules and style sheets from src.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the built page goes, for the runner to serve and write `data.json` beside. */
export const BENCH_PAGE_DIR = here('../../out/bench-open-report');

export default defineConfig({
  root: here('./page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: BENCH_PAGE_DIR,
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 800,
  },
});
