/**
 * Watching the import progress bar from inside the page: a MutationObserver
 * records every state it shows, however briefly, so a test can assert on
 * the progress of a fast import without racing it.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __importProgress?: string[];
  }
}

/** Starts recording "value/max text" for each change of the progress bar named 导入进度. */
export async function recordImportProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    window.__importProgress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="导入进度"]');
      if (!bar) return;
      const entry = `${bar.getAttribute('value')}/${bar.getAttribute('max')} ${bar.parentElement?.textContent ?? ''}`;
      if (seen.at(-1) !== entry) seen.push(entry);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** What the progress bar showed since recording started. */
export async function recordedImportProgress(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__importProgress ?? []);
}
