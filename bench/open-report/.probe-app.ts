// Ad-hoc probe (deleted afterwards): unminified renderer build, CPU profile + trace of open-report and add-highlight.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import config from '../../electron.vite.config';
import codebookFile from '../../resources/codebook.json';
import { defaultCodebook } from '../../src/core/themes/default-codebook';
import { seededApp } from './app-bench';
import { libraryRecords } from './app-library';
import { benchHighlights } from './bench-highlights';
import { longReport } from './long-report';
import { serveFolder } from './static-server';

const out = '/tmp/probe/app';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const renderer = (config as any).renderer;
if (!process.argv.includes('--no-build')) await build({ ...renderer, configFile: false, build: { ...renderer.build, minify: false, outDir: out, emptyOutDir: true } });
const report = await longReport();
const highlights = benchHighlights(report.text, defaultCodebook(codebookFile).map((t) => t.id));
const server = await serveFolder(out);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const context = await seededApp(browser, server.origin, libraryRecords(report, highlights));
for (let i = 0; i < 2; i++) {
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.removeItem('report-reader.open-report'));
  await page.goto(server.origin + '/');
  const entry = page.locator('.report-open', { hasText: report.title });
  await entry.waitFor();
  await page.waitForTimeout(800);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'v8.execute'] });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await entry.click();
  await page.locator(`.report-text[data-highlights="1000"]`).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await browser.stopTracing();
  writeFileSync(`${out}-open-${i}.cpuprofile`, JSON.stringify(profile));
  writeFileSync(`${out}-open-${i}.trace.json`, trace);
  console.log('open', i, Date.now() - t0);
  if (i === 1) {
    // add-highlight
    await page.evaluate(() => {
      const el = document.querySelector('.report-text')!.children[40]!;
      el.scrollIntoView({ block: 'center' });
      const t = el.lastChild as Text;
      const r = document.createRange(); r.setStart(t, 30); r.setEnd(t, 45);
      getSelection()!.removeAllRanges(); getSelection()!.addRange(r);
      document.querySelector('.report-view')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.locator('.selection-toolbar').waitFor();
    await page.waitForTimeout(1000);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'v8.execute'] });
    await cdp.send('Profiler.start');
    await page.keyboard.press('1');
    await page.locator(`.report-text[data-highlights="1001"]`).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    const { profile: p2 } = await cdp.send('Profiler.stop');
    writeFileSync(`${out}-add.cpuprofile`, JSON.stringify(p2));
    writeFileSync(`${out}-add.trace.json`, await browser.stopTracing());
  }
  await page.close();
}
await browser.close();
await server.close();
