import { chromium } from '@playwright/test';
import { serveFolder } from './static-server';
const server = await serveFolder('out/renderer');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
for (let i = 0; i < 2; i++) {
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', i, m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('pageerror', i, e.message));
  await page.goto(server.origin + '/');
  await page.waitForTimeout(8000);
  console.log(i, await page.locator('.report-open').count());
  await page.screenshot({ path: `/tmp/probe/dbg-${i}.png` });
  await page.close();
}
await browser.close(); await server.close();
