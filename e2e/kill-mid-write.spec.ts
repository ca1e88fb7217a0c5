/**
 * Writes that cannot half-happen. In the app's page, a stream of user actions
 * runs through the app's own functions on the app's own database
 * (support/write-stream.ts). At a chosen point of a chosen action the page
 * tells the test how many actions have committed, and the test kills
 * Chromium with SIGKILL, the browser and every process it started; then it
 * opens the same profile again. The library must be exactly what the
 * stream's first n actions make of it, n as the kill point says (see
 * support/write-stream-page.ts): every action committed is there whole, and
 * nothing is half-written (no report without its text, no highlight without
 * its report, an imported compilation, a bulk accept, a merge or a deleted
 * report all there or not at all); and the app starts and lists the library.
 *
 * Each round kills a profile of its own once and opens it once more. A kill
 * can cut off Chromium's IndexedDB log in the middle of a record; LevelDB
 * drops that record on the next open but then writes on after it, and the
 * open after that finds the log corrupt, whereupon Chromium deletes the whole
 * database (google/leveldb#1287: `reuse_logs` reuses a log ending in an
 * incomplete record). That loss is the platform's, beyond any transaction of
 * the app, and a test killing one profile again and again would meet it now
 * and then; killing each profile once keeps this test about the app's writes.
 */
import { expect, test } from '@playwright/test';
import { pageScript } from '../bench/page-script';
import { expectLibraryLength, openApp } from './support/app';
import { killHard, launchOnProfile } from './support/killable-browser';
import { CYCLE_LENGTH } from './support/write-stream';
import type { KillPoint, KillPointReport } from './support/write-stream-page';

/**
 * Where each round kills, in an action of the stream's second cycle (0 the
 * import of a compilation, 8 a bulk accept, 10 a merge, 11 a report's
 * deletion, 12 the merge's undo): with every write of its transaction issued
 * and none committed (`write`), just after its first commit with nothing
 * written after (`commit`: an action of several transactions is caught
 * half-done), or while the stream runs on from its first write (`free`).
 */
const ROUNDS: KillPoint[] = [
  { action: 0, at: 'commit' },
  { action: 0, at: 'write' },
  { action: 8, at: 'write' },
  { action: 10, at: 'commit' },
  { action: 11, at: 'commit' },
  { action: 12, at: 'commit' },
  { action: 8, at: 'free' },
];

/** How many actions past the kill point a free-running stream may commit before the kill lands: far more than it can. */
const LOOK_AHEAD = 1000;

test('a hard kill in the middle of a stream of writes leaves every committed action whole and nothing half-written', async ({ baseURL }, testInfo) => {
  test.skip(process.platform !== 'linux', 'the browser process is found and killed through /proc');
  test.setTimeout(180_000);
  const script = await pageScript(new URL('./support/write-stream-page.ts', import.meta.url), 'writeStreamPage');
  /** The app in Chromium on `profile`, the stream's page module in it, and the kill point the page will report. */
  const open = async (profile: string) => {
    const browser = await launchOnProfile(profile, testInfo.project.use.launchOptions ?? {}, baseURL!);
    let reached: (report: KillPointReport) => void = () => {};
    const killPoint = new Promise<KillPointReport>((resolve) => (reached = resolve));
    await browser.context.exposeBinding('writeStreamKillPoint', (_source, report: KillPointReport) => reached(report));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await openApp(page);
    await page.evaluate(script);
    return { browser, page, killPoint };
  };

  for (const [index, { action, at }] of ROUNDS.entries()) {
    const round = index + 1;
    const profile = testInfo.outputPath(`profile-${round}`);
    const kill: KillPoint = { action: CYCLE_LENGTH + action, at };
    const killed = await open(profile);
    const baseline = await killed.page.evaluate(([round, kill]) => window.writeStream!.start(round, kill), [round, kill] as const);
    const { committed, error } = await killed.killPoint;
    await killHard(killed.browser);
    expect(error, `round ${round}: the stream stopped`).toBeNull();
    expect(committed, `round ${round}: the kill point came in another action`).toBe(kill.action);

    const { browser, page } = await open(profile);
    const [from, to] = at === 'write' ? [committed, committed] : at === 'commit' ? [committed + 1, committed + 1] : [committed, committed + LOOK_AHEAD];
    const found = await page.evaluate(([round, baseline, from, to]) => window.writeStream!.check(round, baseline, from, to), [round, baseline, from, to] as const);
    expect(found.problems, `round ${round}: rows half-written`).toEqual([]);
    expect(found.differences, `round ${round}: the library is not what the stream's first ${from === to ? from : `${from} or more`} actions make of it`).toEqual([]);
    expect(found.actions).not.toBeNull();
    await expectLibraryLength(page, found.reports);
    await browser.context.close();
    testInfo.annotations.push({ type: 'kill', description: `round ${round}: killed at the ${at} point of action ${kill.action + 1}; the library holds ${found.actions} actions, the kill cut off ${found.cutOff}` });
  }
});
