/**
 * Timing an import through the app's own interface: the 导入 button clicked,
 * the browser's file chooser answered with the generated files
 * (Playwright's `setFiles`, as the e2e suite imports), and the time taken
 * inside the page, from the file selection (the `timeStamp` of the file
 * input's `input`/`change` event, whichever is earlier: when the browser
 * handed the page the chosen files) to a task queued from the animation
 * frame after the import result line (`导入完成：新增 N 份…`) is shown.
 * Also noted on the way: when the progress bar first shows (the files read
 * into memory, the first one being parsed).
 */
import type { Page } from '@playwright/test';

/** What the page hands back for one import. */
export interface ImportTiming {
  /** Milliseconds from the file selection to the frame after the result line shows. */
  ms: number;
  /** Milliseconds from the file selection to the first frame's task after the progress bar shows, or null if it never did. */
  progressMs: number | null;
  /** The result line as shown. */
  line: string;
  /** Entries in the library list in that frame (the list is windowed: its rows' `aria-setsize`, not the rows in the page). */
  listed: number;
}

declare global {
  interface Window {
    benchImport?: ImportTiming;
  }
}

/** Imports `paths` with the 导入 button and times it (see the module comment). */
export async function timeImport(page: Page, paths: readonly string[]): Promise<ImportTiming> {
  const chosen = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const chooser = await chosen;
  await page.evaluate((input) => {
    window.benchImport = undefined;
    const clock = { start: -1, progress: null as number | null, done: false };
    for (const type of ['input', 'change'])
      input.addEventListener(
        type,
        (event) => {
          if (clock.start < 0 || event.timeStamp < clock.start) clock.start = event.timeStamp;
        },
        { once: true },
      );
    const observer = new MutationObserver(() => {
      if (clock.start < 0 || clock.done) return;
      if (clock.progress === null && document.querySelector('.import-progress')) {
        clock.progress = -1;
        requestAnimationFrame(() =>
          setTimeout(() => {
            clock.progress = performance.now() - clock.start;
          }, 0),
        );
      }
      const line = document.querySelector('.import-results header strong')?.textContent ?? '';
      if (line === '') return;
      clock.done = true;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('bench-end');
          window.benchImport = {
            ms: performance.now() - clock.start,
            progressMs: clock.progress === null || clock.progress < 0 ? null : clock.progress,
            line,
            listed: Number(document.querySelector('.report-item')?.getAttribute('aria-setsize') ?? 0),
          };
        }, 0),
      );
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, chooser.element());
  await chooser.setFiles([...paths]);
  await page.waitForFunction(() => window.benchImport !== undefined, undefined, { timeout: 900_000, polling: 250 });
  return (await page.evaluate(() => window.benchImport)) as ImportTiming;
}
