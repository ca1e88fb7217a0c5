/**
 * Chromium on a persistent profile that a test can kill the way a crash or a
 * power cut kills it: launched by Playwright with the project's executable
 * and flags, its browser process found through the profile's SingletonLock
 * (a symlink to `host-pid`), and killed with SIGKILL together with every
 * process it started (Playwright makes the browser the leader of a process
 * group), so nothing is flushed or closed on the way out. Linux only (/proc).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';

/** A browser context on its profile, with the pid of its browser process. */
export interface KillableBrowser {
  context: BrowserContext;
  pid: number;
}

/** The process state and process group of `pid` from /proc, or null once it is gone. */
function processStat(pid: number): { state: string; group: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // After the command name in parentheses: state, parent, process group…
  const [state = '', , group = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state, group: Number(group) };
}

/** Whether a process of group `group` is still running (zombies, dead but not yet reaped, do not count). */
function groupRunning(group: number): boolean {
  return readdirSync('/proc').some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    const stat = processStat(Number(entry));
    return stat !== null && stat.group === group && stat.state !== 'Z';
  });
}

/** Opens `profile` in Chromium with `launchOptions` (the project's), pages starting at `baseURL`. */
export async function launchOnProfile(profile: string, launchOptions: LaunchOptions, baseURL: string): Promise<KillableBrowser> {
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
  const lock = readlinkSync(join(profile, 'SingletonLock'));
  const pid = Number(lock.slice(lock.lastIndexOf('-') + 1));
  if (processStat(pid)?.group !== pid) {
    await context.close();
    throw new Error(`The profile's browser process (SingletonLock → ${lock}) does not lead its own process group: it cannot be killed with all its children`);
  }
  return { context, pid };
}

/** Kills the browser and every process it started with SIGKILL, and waits until none runs. */
export async function killHard(browser: KillableBrowser): Promise<void> {
  const closed = new Promise((resolve) => browser.context.once('close', resolve));
  process.kill(-browser.pid, 'SIGKILL');
  await closed;
  while (groupRunning(browser.pid)) await new Promise((resolve) => setTimeout(resolve, 20));
}
