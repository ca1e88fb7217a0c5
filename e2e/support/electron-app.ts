/**
 * Launching the built desktop app (out/main/index.js) for the Electron
 * suite, with its own user-data folder. It needs Electron's binary, which
 * `npm install` downloads into node_modules/electron/dist; where that could
 * not happen the suites skip, saying why. The binary is located by reading
 * path.txt, never by `require('electron')`, which would try to download it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** The project's folder, where out/ holds the build. */
export const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/** The Electron executable under node_modules/electron/dist, if installed. */
function electronExecutable(): string | undefined {
  const electronDir = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

/** The Electron executable, or undefined where it is not installed (the suites skip). */
export const ELECTRON_EXECUTABLE = electronExecutable();

/** Why the Electron suites skip where there is no executable. */
export const ELECTRON_SKIP_REASON =
  'Electron binary not installed here (node_modules/electron/dist missing); the browser suite covers the renderer';

/** Launches the built app with `userData` as its user-data folder (REPORT_READER_USER_DATA). */
export async function launchDesktopApp(executable: string, userData: string): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.REPORT_READER_USER_DATA = userData;
  return electron.launch({ executablePath: executable, args: [join(PROJECT_ROOT, 'out', 'main', 'index.js')], cwd: PROJECT_ROOT, env });
}
