import { chromium } from '@playwright/test';
import { serveFolder } from './static-server';
import { BENCH_PAGE_DIR } from './vite.bench.config';
import { writeFileSync } from 'node:fs';
const variant = process.argv[2] ?? 'pm-layer';
const server = await serveFolder(BENCH_PAGE_DIR);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (let i = 0; i < 2; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'v8.execute'] });
  await page.goto(`${server.origin}/?variant=${variant}`);
  await page.waitForFunction(() => window.benchResult !== undefined);
  const result = await page.evaluate(() => window.benchResult);
  const trace = await browser.stopTracing();
  writeFileSync(`/tmp/probe/trace-${variant}.json`, trace);
  console.log(JSON.stringify(result));
  await context.close();
}
await browser.close();
await server.close();
