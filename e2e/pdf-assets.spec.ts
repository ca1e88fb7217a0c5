/**
 * pdfjs's character maps and standard fonts are in the build where the
 * import worker tells core's pdf reader to find them: `pdfjs/` beside
 * index.html, one folder up from the worker script in `assets/`.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the pdf reader’s character maps and fonts are served beside the worker’s folder', async ({ page }) => {
  await openApp(page);
  const answers = await page.evaluate(async () => {
    // The sample report was parsed by the worker at first start; its script URL is in the resource timings.
    const worker = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/import-worker-[\w-]+\.js$/.test(name));
    if (!worker) return { worker: null };
    const status = async (path: string) => (await fetch(new URL(path, worker))).status;
    return {
      worker,
      cmap: await status('../pdfjs/cmaps/UniGB-UCS2-H.bcmap'),
      font: await status('../pdfjs/standard_fonts/FoxitSerif.pfb'),
      license: await status('../pdfjs/cmaps/LICENSE'),
    };
  });
  expect(answers).toEqual({ worker: expect.stringMatching(/import-worker/), cmap: 200, font: 200, license: 200 });
});
