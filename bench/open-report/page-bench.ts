/**
 * Times the bench page's ways of drawing the report in Chromium: each run of
 * each variant in a fresh browser context (a fresh page and renderer, so
 * nothing is cached), the variants taken in turn round by round, the order
 * turned each round so drift on the machine spreads evenly over them. A
 * first round warms the machine up and is not counted.
 */
import type { Browser } from '@playwright/test';
import { VARIANTS, type DrawTiming, type Variant } from './bench-data';

export const VIEWPORT = { width: 1440, height: 900 };

/** Draws the report once with `variant` in a fresh context and returns the page's timing. */
async function drawOnce(browser: Browser, origin: string, variant: Variant, width: number | null): Promise<DrawTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/?variant=${variant}${width === null ? '' : `&width=${width}`}`);
    await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => window.benchResult);
    if (!result || 'error' in result) throw new Error(`The bench page failed drawing ${variant}: ${result?.error ?? 'no result'}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * `runs` timings of every variant, served from `origin`, the report column
 * `width` pixels wide (46em when null); `onRun` hears of each as it is taken.
 */
export async function benchPage(
  browser: Browser,
  origin: string,
  runs: number,
  width: number | null,
  onRun: (variant: Variant, timing: DrawTiming, round: number) => void = () => {},
): Promise<Record<Variant, DrawTiming[]>> {
  const timings = Object.fromEntries(VARIANTS.map((variant) => [variant, [] as DrawTiming[]])) as Record<Variant, DrawTiming[]>;
  for (let round = -1; round < runs; round++) {
    const turn = ((round % VARIANTS.length) + VARIANTS.length) % VARIANTS.length;
    const order = [...VARIANTS.slice(turn), ...VARIANTS.slice(0, turn)];
    for (const variant of order) {
      const timing = await drawOnce(browser, origin, variant, width);
      if (round < 0) continue;
      timings[variant].push(timing);
      onRun(variant, timing, round);
    }
  }
  return timings;
}
