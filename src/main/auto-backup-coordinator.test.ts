import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../shared/ipc';
import { AUTO_BACKUP_TIMINGS, AutoBackupCoordinator, type Clock } from './auto-backup-coordinator';
import { autoBackupFileName } from './auto-backup-store';

const HOUR = 60 * 60_000;
const zip = (tag = '') => new TextEncoder().encode(`PK\u0003\u0004${tag}`);

/** Lets promise callbacks and awaited writes run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock that moves only when told, running its timers in order. */
class FakeClock implements Clock {
  time = new Date(2026, 10, 22, 18, 0, 0).getTime();
  private timers: { at: number; run: () => void }[] = [];

  now(): Date {
    return new Date(this.time);
  }

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  get waiting(): number {
    return this.timers.length;
  }

  /** Moves the time on by `ms`, running every timer due on the way (and what they schedule). */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const next = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.run();
    }
    this.time = end;
    await settle();
  }
}

/** A coordinator over a fake clock, a fake page and a fake backups folder. */
function setup(options: { pageOpen?: boolean; latest?: Date | null } = {}) {
  const clock = new FakeClock();
  const asked: number[] = [];
  const logged: string[] = [];
  let latest: Date | null = options.latest ?? null;
  let pageOpen = options.pageOpen ?? true;
  const write = vi.fn(async (_bytes: Uint8Array, at: Date): Promise<Result<{ name: string }>> => {
    latest = at;
    return { ok: true, value: { name: autoBackupFileName(at) } };
  });
  const coordinator = new AutoBackupCoordinator({
    clock,
    ask: (requestId) => {
      if (pageOpen) asked.push(requestId);
      return pageOpen;
    },
    write,
    latest: async () => latest,
    log: (message) => logged.push(message),
  });
  return {
    clock,
    coordinator,
    asked,
    logged,
    write,
    setPageOpen: (open: boolean) => {
      pageOpen = open;
    },
    latest: () => latest,
  };
}

describe('holding a quit for its backup', () => {
  it('holds the quit until the backup is written, then resumes it once', async () => {
    const { coordinator, asked, write, clock } = setup();
    let finishWrite: (result: Result<{ name: string }>) => void = () => undefined;
    write.mockImplementationOnce(() => new Promise((resolve) => (finishWrite = resolve)));
    const quit = vi.fn();

    expect(coordinator.holdQuit(quit)).toBe(true);
    expect(asked).toEqual([1]);
    const answered = coordinator.receive({ requestId: 1, ok: true, bytes: zip('library') });
    await settle();
    expect(write).toHaveBeenCalledExactlyOnceWith(zip('library'), clock.now());
    expect(quit).not.toHaveBeenCalled();

    finishWrite({ ok: true, value: { name: 'library-2026-11-22T18-00-00.rlbackup' } });
    expect(await answered).toEqual({ ok: true, value: { saved: true } });
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(clock.waiting).toBe(0); // neither the answer's time limit nor the quit's is left running
  });

  it('lets the resumed quit through, and never holds it again', async () => {
    const { coordinator, asked } = setup();
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    await coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(coordinator.holdQuit(quit)).toBe(false);
    expect(coordinator.holdQuit(vi.fn())).toBe(false);
    expect(asked).toEqual([1]);
  });

  it('goes on quitting when the time limit passes and the page never answers', async () => {
    const { coordinator, clock, write, logged } = setup();
    const quit = vi.fn();
    expect(coordinator.holdQuit(quit)).toBe(true);
    await clock.advance(AUTO_BACKUP_TIMINGS.quit - 1);
    expect(quit).not.toHaveBeenCalled();
    await clock.advance(1);
    expect(quit).toHaveBeenCalledOnce();
    expect(write).not.toHaveBeenCalled();
    expect(logged).toEqual(['quitting without an automatic backup: the backup took longer than the 15000 ms a quit waits']);
    expect(coordinator.holdQuit(quit)).toBe(false);
  });

  it('goes on quitting at the time limit while the backup is still being written', async () => {
    const { coordinator, clock, write } = setup();
    write.mockImplementationOnce(() => new Promise(() => undefined));
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    void coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    await clock.advance(AUTO_BACKUP_TIMINGS.quit);
    expect(write).toHaveBeenCalledOnce();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('starts no second backup for a second quit during the wait, and resumes each quit once', async () => {
    const { coordinator, asked, write } = setup();
    const quitApp = vi.fn();
    const closeWindow = vi.fn();
    expect(coordinator.holdQuit(closeWindow)).toBe(true);
    expect(coordinator.holdQuit(quitApp)).toBe(true);
    expect(coordinator.holdQuit(quitApp)).toBe(true);
    expect(asked).toEqual([1]);
    await coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    await settle();
    expect(write).toHaveBeenCalledOnce();
    expect(closeWindow).toHaveBeenCalledOnce();
    expect(quitApp).toHaveBeenCalledOnce();
  });

  it('does not hold a quit when there is no page to ask', async () => {
    const { coordinator, clock } = setup({ pageOpen: false });
    const quit = vi.fn();
    expect(coordinator.holdQuit(quit)).toBe(false);
    expect(clock.waiting).toBe(0);
    expect(quit).not.toHaveBeenCalled();
  });

  it('does not hold a quit when asking the page throws, and says why', () => {
    const clock = new FakeClock();
    const logged: string[] = [];
    const coordinator = new AutoBackupCoordinator({
      clock,
      ask: () => {
        throw new Error('Object has been destroyed');
      },
      write: vi.fn(),
      latest: async () => null,
      log: (message) => logged.push(message),
    });
    expect(coordinator.holdQuit(vi.fn())).toBe(false);
    expect(logged).toEqual(['cannot ask the page for an automatic backup: Object has been destroyed']);
    expect(clock.waiting).toBe(0);
  });

  it('goes on quitting at once when the page says it cannot make the backup', async () => {
    const { coordinator, write, logged } = setup();
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    expect(await coordinator.receive({ requestId: 1, ok: false, detail: 'the page serves no backups' })).toEqual({ ok: true, value: { saved: false } });
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(write).not.toHaveBeenCalled();
    expect(logged).toEqual(['quitting without an automatic backup: the page could not make the backup: the page serves no backups']);
  });

  it('refuses bytes that are not a zip, writes nothing, and goes on quitting', async () => {
    const { coordinator, write } = setup();
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    const result = await coordinator.receive({ requestId: 1, ok: true, bytes: new TextEncoder().encode('not a zip') });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    await settle();
    expect(write).not.toHaveBeenCalled();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('gives the write failure to the page, and goes on quitting', async () => {
    const { coordinator, write, logged } = setup();
    write.mockResolvedValueOnce({ ok: false, error: { code: 'write-failed', detail: 'disk full' } });
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: false, error: { code: 'write-failed', detail: 'disk full' } });
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(logged).toEqual(['quitting without an automatic backup: disk full']);
  });

  it('turns a write that throws into write-failed', async () => {
    const { coordinator, write } = setup();
    write.mockRejectedValueOnce(new Error('EACCES'));
    coordinator.holdQuit(vi.fn());
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: false, error: { code: 'write-failed', detail: 'EACCES' } });
  });

  it('holds quits again once a new page has loaded (a new window on macOS)', async () => {
    const { coordinator, asked } = setup();
    coordinator.holdQuit(vi.fn());
    await coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    await settle();
    expect(coordinator.holdQuit(vi.fn())).toBe(false);
    coordinator.pageLoaded();
    expect(coordinator.holdQuit(vi.fn())).toBe(true);
    expect(asked).toEqual([1, 2]);
  });
});

describe('answers', () => {
  it('refuses what is not an answer, and keeps waiting for the real one', async () => {
    const { coordinator, write } = setup();
    const quit = vi.fn();
    coordinator.holdQuit(quit);
    expect(await coordinator.receive({ requestId: 1, bytes: zip() })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await coordinator.receive('PK')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    await settle();
    expect(quit).not.toHaveBeenCalled();
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: true } });
    expect(write).toHaveBeenCalledOnce();
  });

  it('writes nothing for a request never made', async () => {
    const { coordinator, write } = setup();
    expect(await coordinator.receive({ requestId: 7, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: false } });
    coordinator.holdQuit(vi.fn());
    expect(await coordinator.receive({ requestId: 2, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: false } });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes an answer once only', async () => {
    const { coordinator, write } = setup();
    coordinator.holdQuit(vi.fn());
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: true } });
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: false } });
    expect(write).toHaveBeenCalledOnce();
  });
});

describe('the daily backup', () => {
  it('is checked for a minute after the page loads, and made when there is none yet', async () => {
    const { coordinator, clock, asked, write } = setup();
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck - 1);
    expect(asked).toEqual([]);
    await clock.advance(1);
    expect(asked).toEqual([1]);
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: true } });
    expect(write).toHaveBeenCalledOnce();
  });

  it('is written by the hourly check only when the newest backup is a day old', async () => {
    const start = new FakeClock().now();
    const { coordinator, clock, asked, write } = setup({ latest: new Date(start.getTime() - 22 * HOUR) });
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck); // 22 h 1 min old
    await clock.advance(HOUR); // 23 h 1 min
    expect(asked).toEqual([]);
    await clock.advance(HOUR); // 24 h 1 min: due
    expect(asked).toEqual([1]);
    await coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    expect(write).toHaveBeenCalledOnce();
    await clock.advance(23 * HOUR); // the new one is 23 h old
    expect(asked).toEqual([1]);
    await clock.advance(HOUR);
    expect(asked).toEqual([1, 2]);
  });

  it('asks again at the next hour when the page did not answer in time', async () => {
    const { coordinator, clock, asked, logged } = setup();
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck);
    expect(asked).toEqual([1]);
    await clock.advance(AUTO_BACKUP_TIMINGS.answer);
    expect(logged).toEqual(['no daily automatic backup: the page did not answer within 120000 ms']);
    expect(await coordinator.receive({ requestId: 1, ok: true, bytes: zip() })).toEqual({ ok: true, value: { saved: false } });
    await clock.advance(HOUR - 1); // the next check is an hour after this one ended
    expect(asked).toEqual([1]);
    await clock.advance(1);
    expect(asked).toEqual([1, 2]);
  });

  it('asks again at the next hour when no page was open', async () => {
    const { coordinator, clock, asked, setPageOpen, logged } = setup({ pageOpen: false });
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck);
    expect(asked).toEqual([]);
    expect(logged).toEqual([]);
    setPageOpen(true);
    await clock.advance(HOUR);
    expect(asked).toHaveLength(1);
  });

  it('is what a quit waits for when it is being made, with no second request', async () => {
    const { coordinator, clock, asked, write } = setup();
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck);
    const quit = vi.fn();
    expect(coordinator.holdQuit(quit)).toBe(true);
    expect(asked).toEqual([1]);
    await coordinator.receive({ requestId: 1, ok: true, bytes: zip() });
    await settle();
    expect(write).toHaveBeenCalledOnce();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('is not asked for while a quit’s backup is being made', async () => {
    const { coordinator, clock, asked } = setup();
    coordinator.pageLoaded();
    coordinator.holdQuit(vi.fn());
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck);
    expect(asked).toEqual([1]);
  });

  it('says so, and carries on, when the folder cannot be read', async () => {
    const clock = new FakeClock();
    const logged: string[] = [];
    const asked: number[] = [];
    const coordinator = new AutoBackupCoordinator({
      clock,
      ask: (id) => asked.push(id) > 0,
      write: vi.fn(),
      latest: () => Promise.reject(new Error('EACCES')),
      log: (message) => logged.push(message),
    });
    coordinator.pageLoaded();
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck + HOUR);
    expect(asked).toEqual([]);
    expect(logged).toEqual(['cannot read the automatic backups: EACCES', 'cannot read the automatic backups: EACCES']);
  });

  it('keeps one schedule when the page loads again', async () => {
    const { coordinator, clock } = setup({ latest: new FakeClock().now() });
    coordinator.pageLoaded();
    coordinator.pageLoaded();
    expect(clock.waiting).toBe(1);
    await clock.advance(AUTO_BACKUP_TIMINGS.firstCheck);
    expect(clock.waiting).toBe(1);
  });
});
