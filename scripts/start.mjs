// `npm start`: build, then open the desktop app. Where the Electron runtime
// cannot be had (no binary, and its download is blocked), say so in one line
// and serve the same app to the browser instead, so `npm start` always opens it.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) => spawnSync(npx, args, { stdio: 'inherit' }).status === 0;

if (!run(['electron-vite', 'build'])) process.exit(1);

let electronPath;
try {
  // Electron 42+ fetches its binary on first use; this throws when it can't.
  electronPath = createRequire(import.meta.url)('electron');
} catch (error) {
  console.warn(`Electron runtime unavailable (${error.message.split('\n')[0]}); opening the browser version instead.`);
}

if (electronPath) {
  const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.WEB_PORT ?? '5173';
  console.log(`政府工作报告阅读器: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
  const child = spawn(npx, ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', port, '--strictPort', '--open'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
