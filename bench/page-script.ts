/**
 * A bench script for the app's page: a module of the bench (with what it
 * imports of the app: Dexie, the database class, the search) bundled by Vite
 * as one IIFE, to be evaluated in the page (the app's CSP forbids an inline
 * script tag), so it runs in the app's renderer and origin, on its database.
 */
import { build } from 'vite';

/** The module at `entry` (a file URL) bundled as one minified IIFE script named `name`. */
export async function pageScript(entry: URL, name: string): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: entry.pathname, formats: ['iife'], name, fileName: name },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output?: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output ?? []).find((o) => o.type === 'chunk' && o.code);
  if (!chunk?.code) throw new Error(`pageScript: building ${entry.pathname} gave no script`);
  return chunk.code;
}
