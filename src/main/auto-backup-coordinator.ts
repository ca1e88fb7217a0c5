/**
 * When automatic backups are made, and the asking for them. The backup file
 * is made in the page (it holds the library, in the page's IndexedDB), so
 * main asks the page for it with a request id, waits for the answer with a
 * time limit, checks the bytes and has them written.
 *
 * On quit (`before-quit`, or the window's `close`) the quit is held: the
 * caller prevents it, a backup is asked for, and once it is written or the
 * quit's time limit passes, whichever comes first, the caller's resume
 * function runs (`app.quit()`, `window.close()`) and, this time, the quit
 * goes through. A second quit while one is held joins it and starts no
 * second backup; a quit with no page to ask is not held at all. So a quit is
 * never held past its time limit, and never twice.
 *
 * Daily: after the page loads, and every hour after, a backup is made when
 * the newest automatic one is a day old (see {@link isDue}). The first check
 * waits a minute, so the backup does not compete with the app's start and
 * the page has begun serving backups.
 *
 * Free of Electron: the clock, the asking and the writing are injected, so
 * every path is tested with fakes; index.ts wires it to the window, the
 * app's events and the `backup:save-automatic` handler.
 */
import type { Result } from '../shared/ipc';
import { backupBytesProblem, parseAutoBackupAnswer } from './auto-backup-answer';
import { DAY_MS, isDue } from './auto-backup-store';

/** Time, and running something later. */
export interface Clock {
  now(): Date;
  /** Runs `run` after `ms` milliseconds; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** What the coordinator needs of the host. */
export interface AutoBackupCoordinatorDeps {
  clock: Clock;
  /** Sends the page a request for a backup; false when there is no page able to answer (none, loading, crashed). */
  ask(requestId: number): boolean;
  /** Writes a checked backup made at `at` into the backups folder. */
  write(bytes: Uint8Array, at: Date): Promise<Result<{ name: string }>>;
  /** When the newest automatic backup was made, or null when there is none. */
  latest(): Promise<Date | null>;
  /** Says why a backup was not made, for the log. */
  log(message: string): void;
}

/** The coordinator's time limits and intervals, in milliseconds. */
export interface AutoBackupTimings {
  /** How long the page may take to answer a request. */
  answer: number;
  /** How long a quit is held for its backup, answer and writing together. */
  quit: number;
  /** How old the newest backup may get before another is due. */
  interval: number;
  /** How often, after the first, the daily backup is checked for. */
  checkEvery: number;
  /** How long after the page loads the daily backup is first checked for. */
  firstCheck: number;
}

/**
 * The timings the app uses. A quit waits at most 15 s. A daily backup may
 * take the page two minutes to make: zipping a library of thousands of
 * reports takes a good while, and nothing waits on it.
 */
export const AUTO_BACKUP_TIMINGS: Readonly<AutoBackupTimings> = {
  answer: 2 * 60_000,
  quit: 15_000,
  interval: DAY_MS,
  checkEvery: 60 * 60_000,
  firstCheck: 60_000,
};

/** How a backup ended: written under `name`, or not, and why. */
export type AutoBackupOutcome = { written: true; name: string } | { written: false; reason: string };

interface PendingRequest {
  requestId: number;
  cancelTimer: () => void;
  settle(outcome: AutoBackupOutcome): void;
}

/** Asks for, waits for and writes automatic backups, on quit and daily (see the module comment). */
export class AutoBackupCoordinator {
  private nextRequestId = 1;
  /** The request whose answer is awaited, if any. */
  private pending: PendingRequest | null = null;
  /** The backup being made, from request to written, if any. */
  private running: Promise<AutoBackupOutcome> | null = null;
  private quitState: 'armed' | 'holding' | 'released' = 'armed';
  private readonly resumes = new Set<() => void>();
  private cancelQuitTimer: () => void = () => undefined;
  private cancelCheck: () => void = () => undefined;

  constructor(
    private readonly deps: AutoBackupCoordinatorDeps,
    private readonly timings: Readonly<AutoBackupTimings> = AUTO_BACKUP_TIMINGS,
  ) {}

  /**
   * Called when the app or its window is about to close: true when the
   * caller must prevent it, because a backup is being made first; `resume`
   * (called once, however often it was passed) then closes for real once
   * the backup is written or the quit's time limit passes. False, letting
   * the quit go on, once the hold is over, or when there is no page to ask.
   */
  holdQuit(resume: () => void): boolean {
    if (this.quitState === 'released') return false;
    if (this.quitState === 'holding') {
      this.resumes.add(resume);
      return true;
    }
    const backup = this.start();
    if (backup === null) return false;
    this.quitState = 'holding';
    this.resumes.add(resume);
    this.cancelQuitTimer = this.deps.clock.after(this.timings.quit, () =>
      this.release(`the backup took longer than the ${this.timings.quit} ms a quit waits`),
    );
    void backup.then((outcome) => this.release(outcome.written ? null : outcome.reason));
    return true;
  }

  /**
   * Called when the page has loaded: quits are held for a backup again (a
   * new window after the last closed, on macOS), and the daily backup is
   * checked for after the first delay, then at every interval of the check.
   */
  pageLoaded(): void {
    if (this.quitState === 'released') this.quitState = 'armed';
    this.scheduleCheck(this.timings.firstCheck);
  }

  /**
   * Takes the page's answer (the argument of `backup:save-automatic`). The
   * awaited request's bytes are checked and written: `{saved: true}` once
   * written; a refused file or failed write is an error. A failure the page
   * reports, or an answer to a request no longer awaited (its time passed),
   * gives `{saved: false}`. Anything that is not an answer is `not-allowed`.
   * Either way the awaited request is over, so a quit holding for it goes on.
   */
  async receive(value: unknown): Promise<Result<{ saved: boolean }>> {
    const answer = parseAutoBackupAnswer(value);
    if (answer === null) return { ok: false, error: { code: 'not-allowed', detail: 'malformed automatic backup answer' } };
    const pending = this.pending;
    if (pending === null || pending.requestId !== answer.requestId) return { ok: true, value: { saved: false } };
    this.pending = null;
    pending.cancelTimer();
    if (!answer.ok) {
      pending.settle({ written: false, reason: `the page could not make the backup: ${answer.detail}` });
      return { ok: true, value: { saved: false } };
    }
    const problem = backupBytesProblem(answer.bytes);
    if (problem !== null) {
      pending.settle({ written: false, reason: problem.detail });
      return { ok: false, error: problem };
    }
    let written: Result<{ name: string }>;
    try {
      written = await this.deps.write(answer.bytes, this.deps.clock.now());
    } catch (error) {
      written = { ok: false, error: { code: 'write-failed', detail: error instanceof Error ? error.message : String(error) } };
    }
    pending.settle(written.ok ? { written: true, name: written.value.name } : { written: false, reason: written.error.detail });
    return written.ok ? { ok: true, value: { saved: true } } : written;
  }

  /**
   * Asks the page for a backup, or gives the backup already being made; null
   * when there is none and no page to ask. The promise settles once the
   * backup is written, refused, failed, or unanswered in time.
   */
  private start(): Promise<AutoBackupOutcome> | null {
    if (this.running !== null) return this.running;
    const requestId = this.nextRequestId++;
    let settle: (outcome: AutoBackupOutcome) => void = () => undefined;
    const outcome = new Promise<AutoBackupOutcome>((resolve) => {
      settle = resolve;
    });
    const pending: PendingRequest = {
      requestId,
      settle,
      cancelTimer: this.deps.clock.after(this.timings.answer, () => {
        if (this.pending !== pending) return;
        this.pending = null;
        settle({ written: false, reason: `the page did not answer within ${this.timings.answer} ms` });
      }),
    };
    this.pending = pending;
    if (!this.askPage(requestId)) {
      this.pending = null;
      pending.cancelTimer();
      return null;
    }
    this.running = outcome;
    void outcome.then(() => {
      if (this.running === outcome) this.running = null;
    });
    return outcome;
  }

  private askPage(requestId: number): boolean {
    try {
      return this.deps.ask(requestId);
    } catch (error) {
      this.deps.log(`cannot ask the page for an automatic backup: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** Ends a held quit, once: `reason` says why it goes on without a backup (null when one was written). */
  private release(reason: string | null): void {
    if (this.quitState !== 'holding') return;
    this.quitState = 'released';
    this.cancelQuitTimer();
    if (reason !== null) this.deps.log(`quitting without an automatic backup: ${reason}`);
    const resumes = [...this.resumes];
    this.resumes.clear();
    for (const resume of resumes) {
      try {
        resume();
      } catch (error) {
        this.deps.log(`cannot go on quitting: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private scheduleCheck(ms: number): void {
    this.cancelCheck();
    this.cancelCheck = this.deps.clock.after(ms, () => {
      void this.checkDue().finally(() => this.scheduleCheck(this.timings.checkEvery));
    });
  }

  /** Makes a backup if one is due and none is being made. */
  private async checkDue(): Promise<void> {
    if (this.running !== null) return;
    let latest: Date | null;
    try {
      latest = await this.deps.latest();
    } catch (error) {
      this.deps.log(`cannot read the automatic backups: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!isDue(this.deps.clock.now(), latest, this.timings.interval)) return;
    const backup = this.start();
    if (backup === null) return; // no page open: the next check asks again
    const outcome = await backup;
    if (!outcome.written) this.deps.log(`no daily automatic backup: ${outcome.reason}`);
  }
}
